package org.aldermail.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The organizers' pages, in English here and in Spanish in {@code messages/admin_es.properties}. */
@MessageBundle(value = "admin", locale = "en")
public interface AdminMessages {

    @Message("Organizer login")
    String login_title();

    @Message("This page is for the campaign's organizers. Residents write their letters from the campaigns page.")
    String login_intro();

    @Message("Username")
    String login_username();

    @Message("Password")
    String login_password();

    @Message("Log in")
    String login_submit();

    @Message("That username and password do not match an organizer account. Try again.")
    String login_error();

    @Message("Too many failed logins. Wait {minutes} minutes, then try again.")
    String login_locked(long minutes);

    @Message("You are logged out.")
    String login_logged_out();

    @Message("There is no organizer account yet. To create the first one, set ALDERMAIL_ADMIN_USERNAME and"
            + " ALDERMAIL_ADMIN_PASSWORD (at least {length} characters) in the server's environment and restart it.")
    String login_no_account(int length);

    @Message("Organizers' menu")
    String nav_label();

    @Message("Campaigns")
    String nav_campaigns();

    @Message("Organizers")
    String nav_organizers();

    @Message("Log out")
    String nav_logout();

    @Message("Logged in as {username}")
    String signed_in_as(String username);

    @Message("Choose a campaign to see its letters by ward, its mail delivery and its downloads.")
    String home_intro();

    @Message("Public progress page")
    String public_link();

    @Message("Dashboard: {title}")
    String dashboard_title(String title);

    @Message("Totals")
    String totals_heading();

    @Message("Letters counted")
    String total_counted();

    @Message("{percent}% of the goal of {goal}")
    String goal_progress(String percent, int goal);

    @Message("Sent")
    String total_sent();

    @Message("Queued")
    String total_queued();

    @Message("Awaiting confirmation")
    String total_awaiting();

    @Message("Failed")
    String total_failed();

    @Message("Mail link opened")
    String total_opened();

    @Message("Said they sent it")
    String total_self();

    @Message("Personalised")
    String total_personalised();

    @Message("Letters by ward")
    String map_heading();

    @Message("Every ward")
    String table_heading();

    @Message("Letters per ward. Select a column heading to sort by it; select it again to reverse the order.")
    String table_caption();

    @Message("Share of goal")
    String col_share();

    @Message("Letters per day")
    String day_heading();

    @Message("Letters written per day")
    String day_title();

    @Message("Bar chart of the letters written each day, Chicago time, from {first} to {last}. Most on one day: {max}.")
    String day_desc(String first, String last, long max);

    @Message("{day}: {count} letters")
    String day_tooltip(String day, long count);

    @Message("The same as a table")
    String day_table();

    @Message("Day")
    String col_day();

    @Message("No letters yet.")
    String day_none();

    @Message("Letters by partner source")
    String sources_heading();

    @Message("Source")
    String col_source();

    @Message("No counted letters yet.")
    String sources_none();

    @Message("Mail delivery")
    String health_heading();

    @Message("Letters waiting to be sent")
    String health_queued();

    @Message("Oldest waiting since")
    String health_oldest();

    @Message("None waiting")
    String health_oldest_none();

    @Message("All mail waiting in the outbox (every campaign)")
    String health_outbox();

    @Message("Failed letters")
    String failed_heading();

    @Message("No failed letters.")
    String failed_none();

    @Message("{count} failed letters in all; the newest are listed.")
    String failed_more(long count);

    @Message("Written")
    String col_written();

    @Message("Mail server's reply")
    String col_reason();

    @Message("Send again")
    String retry();

    @Message("Its confirmation email failed: the resident has to write again.")
    String failed_not_retryable();

    @Message("The letter is queued again.")
    String retry_done();

    @Message("That letter cannot be sent again.")
    String retry_refused();

    @Message("Send a test message")
    String test_heading();

    @Message("It goes through the same outbox as the letters, from the campaign's sender address.")
    String test_intro();

    @Message("Send it to")
    String test_to();

    @Message("Me ({email})")
    String test_to_me(String email);

    @Message("Ward {ward}: {alder}")
    String test_to_alder(int ward, String alder);

    @Message("Send test message")
    String test_send();

    @Message("The test message is queued.")
    String test_queued();

    @Message("Your account has no email address, so only an alder's office can get a test message.")
    String test_no_email();

    @Message("Recent test messages")
    String test_recent();

    @Message("To")
    String col_recipient();

    @Message("Status")
    String col_status();

    @Message("Waiting")
    String status_pending();

    @Message("Being sent")
    String status_sending();

    @Message("Sent")
    String status_sent();

    @Message("Failed")
    String status_failed();

    @Message("Not sent")
    String status_dropped();

    @Message("Downloads")
    String exports_heading();

    @Message("Letters per ward (CSV, no personal data)")
    String export_wards();

    @Message("Letters per source (CSV, no personal data)")
    String export_sources();

    @Message("Every letter with the residents' names, emails and addresses (CSV)")
    String export_letters();

    @Message("This file holds residents' personal data. Every download is recorded and shown here. Keep the file safe"
            + " and delete it when you no longer need it.")
    String export_letters_warning();

    @Message("Downloads of the letters file")
    String downloads_heading();

    @Message("Nobody has downloaded it yet.")
    String downloads_none();

    @Message("{organizer} on {at}: {letters} letters")
    String download_row(String organizer, String at, int letters);

    @Message("Everyone listed here can log in, see every campaign's dashboard and download the residents' letters.")
    String organizers_intro();

    @Message("Email")
    String col_email();

    @Message("Added")
    String col_added();

    @Message("Added by")
    String col_added_by();

    @Message("Remove {username}")
    String remove(String username);

    @Message("(you)")
    String you();

    @Message("Add an organizer")
    String add_heading();

    @Message("3 to 100 characters: letters, digits or . _ @ + -")
    String username_hint();

    @Message("At least {length} characters. Give it to them in person or by phone, not by email.")
    String password_hint(int length);

    @Message("Email (optional)")
    String field_email();

    @Message("Add organizer")
    String add_submit();

    @Message("{username} can now log in.")
    String added(String username);

    @Message("The account is removed.")
    String removed();

    @Message("The username may have 3 to 100 characters: letters, digits or . _ @ + -")
    String error_username_invalid();

    @Message("There is already an organizer with that username.")
    String error_username_taken();

    @Message("The password needs at least {length} characters.")
    String error_password_short(int length);

    @Message("That email address does not look right.")
    String error_email_invalid();

    @Message("You cannot remove your own account.")
    String error_remove_self();

    @Message("The last organizer account cannot be removed.")
    String error_remove_last();

    @Message("That account does not exist any more.")
    String error_unknown();

    @Message("This form has expired")
    String csrf_title();

    @Message("Go back, reload the page and try again.")
    String csrf_text();
}
