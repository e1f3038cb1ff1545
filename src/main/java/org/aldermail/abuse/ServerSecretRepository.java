package org.aldermail.abuse;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class ServerSecretRepository implements PanacheRepositoryBase<ServerSecretRow, String> {}
