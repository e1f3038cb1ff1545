package org.aldermail.admin;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class LetterDownloadRepository implements PanacheRepository<LetterDownload> {}
