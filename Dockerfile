# The PostgreSQL build of aldermail (used by docker-compose.yml). The data step runs inside the build:
# it keeps ward map and roster files already in data/ or downloads them from the City's data portal.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B package -Ppostgresql -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/quarkus-app/ /app/
COPY --from=build /src/data/ /app/data/
ENV QUARKUS_PROFILE=pg
EXPOSE 8080
USER 1001
CMD ["java", "-jar", "/app/quarkus-run.jar"]
