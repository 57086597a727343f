# Builds and runs dealgraph against the Neo4j named by NEO4J_URI (see docker-compose.yml).
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
COPY cypher cypher
RUN ./mvnw -B -ntp -DskipTests package

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 dealgraph && apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/target/dealgraph-*.jar /app/dealgraph.jar
# the first start writes the admin key to ./data/admin.key
RUN mkdir -p /app/data && chown dealgraph /app/data
USER dealgraph
# a container's loopback is unreachable from outside it; docker-compose.yml says which Host names to answer
ENV SERVER_ADDRESS=0.0.0.0
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/dealgraph.jar"]
