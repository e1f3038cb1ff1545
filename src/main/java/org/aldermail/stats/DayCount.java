package org.aldermail.stats;

import java.time.LocalDate;

/** Letters written on one day (Chicago time). */
public record DayCount(LocalDate day, long letters) {}
