package dev.dealgraph.assessment;

import java.util.ArrayList;
import java.util.List;

import dev.dealgraph.DemoMap;
import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Assessments of the demo deals over HTTP, worked out by hand from the demo map, the path
 * scoring defaults (unknown or not on the deal 0.6 in between, sponsor 1.0) and the
 * assessment defaults, judged as of 2026-12-01 (set for every integration test).
 */
@IntegrationTest
class DemoAssessmentTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void demo() {
		DemoMap.load(this.http);
	}

	@Test
	void warehouseDealIsCoveredButItsGatekeeperIsAgainstAndTheGeneralCounselSwaysTheDecisionMaker() {
		JsonNode wms = get("/api/v1/deals/kestrel-wms/assessment", "en");
		assertThat(codes(wms.get("redFlags"))).containsExactly("GATEKEEPER_AGAINST", "HIGH_INFLUENCE_OPPONENT",
				"OPPONENT_INFLUENCES_DECISION_MAKER", "COACH_IN_CONFLICT");
		assertThat(wms.get("redFlags").get(2).get("people").toString())
			.isEqualTo("[\"amelie-rousseau\",\"maria-jose-nunez\"]");
		assertThat(wms.get("redFlags").get(2).get("message").asString())
			.isEqualTo("Amélie Rousseau is against us and sways the decision-maker María José Núñez.");
		// Marco coaches, 陈晓明 champions: both count; the rivalry is 陈晓明's with the
		// gatekeeper
		assertThat(wms.get("redFlags").get(3).get("people").toString())
			.isEqualTo("[\"chen-xiaoming\",\"stefan-kruger\"]");
		for (JsonNode role : wms.get("coverage")) {
			assertThat(role.get("covered").asBoolean()).as(role.get("role").asString()).isTrue();
		}
	}

	@Test
	void warehouseDecisionMakerIsReachedThroughTheSponsoringCoachAtPointSixThree() {
		JsonNode holder = coverage(get("/api/v1/deals/kestrel-wms/assessment", "en"), "DECISION_MAKER").get(0);
		assertThat(holder.get("id").asString()).isEqualTo("maria-jose-nunez");
		// Amy Chen knows 김민준 0.9 × sponsor 1.0 × 김민준 knows María 0.7
		assertThat(holder.get("reach").get("score").asDouble()).isCloseTo(0.63, within(1e-9));
		assertThat(holder.get("reach").get("firstHopId").asString()).isEqualTo("kim-minjun");
		assertThat(holder.get("reach").get("fromId").asString()).isEqualTo("amy-chen");
	}

	@Test
	void warehouseWinProbabilityMovesFromThirtyToThirtyFivePercent() {
		JsonNode p = get("/api/v1/deals/kestrel-wms/assessment", "en").get("winProbability");
		assertThat(p.get("base").asDouble()).isEqualTo(0.3);
		// logit(0.3) = -0.847; coach +0.4, supportive decision-maker +0.5, receptive
		// +0.3, reached +0.2,
		// non-supporting gatekeeper -0.4, opponents medium -0.25 and high -0.5, too few
		// follow-ups with the key players -0.3 (the demo records three contacts with
		// María on this deal, one with Stefan, none with Björn), two roles secured +0.3:
		// 1 / (1 + e^0.597)
		assertThat(codes(p.get("factors"))).containsExactly("COACH_PRESENT", "DECISION_MAKER_SUPPORTER",
				"DECISION_MAKER_RECEPTIVE", "DECISION_MAKER_REACHED", "GATEKEEPER_NON_SUPPORTER", "OPPONENT_MEDIUM",
				"OPPONENT_HIGH", "FEW_FOLLOW_UPS", "ROLES_COVERED");
		JsonNode few = p.get("factors").get(7);
		assertThat(few.get("people").toString())
			.isEqualTo("[\"bjorn-lindqvist\",\"maria-jose-nunez\",\"stefan-kruger\"]");
		assertThat(few.get("why").asString()).startsWith("We have recorded as few as 0 contacts");
		assertThat(p.get("value").asDouble()).isEqualTo(0.355);
	}

	@Test
	void warehouseFirstMoveIsTheDecisionMakerThroughTheCoachPhrasedForAnExpressive() {
		JsonNode first = get("/api/v1/deals/kestrel-wms/assessment", "en").get("nextActions").get(0);
		assertThat(first.get("code").asString()).isEqualTo("REACH_DECISION_MAKER");
		assertThat(first.get("temperament").asString()).isEqualTo("EXPRESSIVE");
		assertThat(first.get("text").asString())
			.startsWith("Reach María José Núñez through 김민준: arrange a warm introduction")
			.endsWith("Amy Chen knows 김민준 well (0.90); 김민준, a sponsoring coach, knows María José Núñez (0.70), "
					+ "the decision-maker.");
	}

	@Test
	void theArchitectWhoOutranksHisCioIsAHiddenInfluencer() {
		JsonNode hidden = get("/api/v1/deals/kestrel-wms/assessment", "en").get("hiddenInfluencers");
		assertThat(hidden.get(0).get("personId").asString()).isEqualTo("stefan-kruger");
		assertThat(hidden.get(0).get("reason").asString()).isEqualTo("ABOVE_MANAGER");
		assertThat(hidden.get(0).get("managerId").asString()).isEqualTo("rajesh-iyer");
		assertThat(hidden.get(0).get("centrality").asDouble())
			.isGreaterThan(hidden.get(0).get("managerCentrality").asDouble());
	}

	@Test
	void telematicsDealHasNoCoachAHostileGatekeeperAndOnlyAWeakWayToTheCfo() {
		JsonNode deal = get("/api/v1/deals/kestrel-telematics/assessment", "en");
		assertThat(codes(deal.get("redFlags"))).containsExactly("GATEKEEPER_AGAINST", "HIGH_INFLUENCE_OPPONENT",
				"NO_COACH", "OPPONENT_INFLUENCES_DECISION_MAKER", "OPPONENT_INFLUENCES_DECISION_MAKER",
				"DECISION_MAKER_NOT_RECEPTIVE", "DECISION_MAKER_WEAK_REACH", "KEY_PLAYER_ATTITUDE_UNKNOWN",
				"STALE_KEY_TIES");
		// Amy Chen knows 张丽 0.35 × not on the deal 0.6 × 张丽 influences 王建国 0.85
		JsonNode cfo = coverage(deal, "DECISION_MAKER").get(0);
		assertThat(cfo.get("reach").get("score").asDouble()).isCloseTo(0.179, within(1e-9));
		assertThat(cfo.get("reach").get("firstHopId").asString()).isEqualTo("zhang-li");
		assertThat(coverage(deal, "COACH")).isEmpty();
		// down from 0.017 by too few follow-ups with the key players
		assertThat(deal.get("winProbability").get("value").asDouble()).isEqualTo(0.012);
	}

	@Test
	void telematicsFirstMoveIsToDevelopTheFleetVpWhoNeedsAProblemSolved() {
		JsonNode first = get("/api/v1/deals/kestrel-telematics/assessment", "en").get("nextActions").get(0);
		assertThat(first.get("code").asString()).isEqualTo("DEVELOP_COACH");
		assertThat(first.get("personId").asString()).isEqualTo("fatima-alsayed");
		assertThat(first.get("viaId").asString()).isEqualTo("amy-chen");
		assertThat(first.get("temperament").asString()).isEqualTo("DRIVER");
		assertThat(first.get("why").asString()).isEqualTo(
				"Fatima Al-Sayed needs a problem solved and is not against us: the person who most wants to succeed makes the best coach.");
	}

	@Test
	void boardDecidedYardDealRaisesEveryGroupAndReachFlagAndSitsAtTheFloor() {
		JsonNode deal = get("/api/v1/deals/kestrel-yard/assessment", "en");
		assertThat(codes(deal.get("redFlags"))).contains("TOO_MANY_DECISION_MAKERS", "DECISION_MAKER_UNREACHABLE",
				"DECISION_MAKER_AGAINST", "SINGLE_THREADED", "STALE_KEY_TIES", "KEY_PLAYER_ATTITUDE_UNKNOWN");
		assertThat(flag(deal, "DECISION_MAKER_UNREACHABLE").get("people").toString())
			.isEqualTo("[\"cornelia-vandenberg\"]");
		// Tomasz knows only Amélie of the seven, last on 2026-01-20: 315 days before
		assertThat(flag(deal, "SINGLE_THREADED").get("people").toString()).isEqualTo("[\"amelie-rousseau\"]");
		assertThat(flag(deal, "TOO_MANY_DECISION_MAKERS").get("message").asString()).startsWith("5 people decide");
		assertThat(deal.get("winProbability").get("value").asDouble()).isEqualTo(0.01);
		assertThat(deal.get("nextActions").get(0).get("code").asString()).isEqualTo("INTRODUCTION_TO_DECISION_MAKER");
		assertThat(deal.get("nextActions").get(0).get("viaId").asString()).isEqualTo("kim-minjun");
	}

	@Test
	void fieldServiceDealAtTheSecondAccountIsHealthy() {
		JsonNode deal = get("/api/v1/deals/nordlicht-field/assessment", "en");
		assertThat(deal.get("redFlags")).isEmpty();
		// logit(0.5) = 0; coach +0.4, sponsoring decision-maker +0.8, receptive +0.3,
		// reached +0.2,
		// three roles secured +0.45, four or more follow-ups with every key player on
		// the deal +0.2: 1 / (1 + e^-2.35)
		assertThat(deal.get("winProbability").get("value").asDouble()).isEqualTo(0.913);
	}

	@Test
	void chineseAnswersKeepCodesAndSpeakChinese() {
		JsonNode english = get("/api/v1/deals/kestrel-telematics/assessment", "en");
		for (String language : List.of("zh-CN", "zh")) {
			JsonNode chinese = get("/api/v1/deals/kestrel-telematics/assessment", language);
			assertThat(codes(chinese.get("redFlags"))).isEqualTo(codes(english.get("redFlags")));
			assertThat(flag(chinese, "NO_COACH").get("message").asString())
				.isEqualTo("这个项目没有态度中立或更好的内线教练，没有人从内部告诉我们怎么赢。");
			assertThat(chinese.get("nextActions").get(0).get("text").asString()).startsWith("把 Fatima Al-Sayed 发展为内线");
			assertThat(chinese.get("winProbability").get("factors").get(0).get("why").asString())
				.isEqualTo("没有人在内部为我们做内线（-0.60）。");
		}
	}

	@Test
	void aWriteShowsInTheNextAssessment() {
		this.http.put()
			.uri("/api/v1/deals/kestrel-telematics/stakeholders/fatima-alsayed")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"roles\":[\"COACH\",\"USER\"],\"influence\":\"MEDIUM\",\"attitude\":\"SUPPORTER\",\"mode\":\"TROUBLE\"}")
			.exchange()
			.expectStatus()
			.is2xxSuccessful();
		JsonNode deal = get("/api/v1/deals/kestrel-telematics/assessment", "en");
		assertThat(codes(deal.get("redFlags"))).doesNotContain("NO_COACH");
		assertThat(codes(deal.get("winProbability").get("factors"))).contains("COACH_PRESENT");
	}

	@Test
	void unknownDealOrAccountIsNotFound() {
		this.http.get().uri("/api/v1/deals/no-such-deal/assessment").exchange().expectStatus().isNotFound();
		this.http.get().uri("/api/v1/accounts/no-such-account/assessment").exchange().expectStatus().isNotFound();
	}

	@Test
	void aDealWithNoStakeholdersIsJudgedAndSaysSo() {
		this.http.post()
			.uri("/api/v1/deals")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"id\":\"empty\",\"accountId\":\"kestrel\",\"name\":\"Nothing mapped\",\"stage\":\"INTEREST\","
					+ "\"team\":[{\"colleagueId\":\"amy-chen\"}]}")
			.exchange()
			.expectStatus()
			.isCreated();
		JsonNode deal = get("/api/v1/deals/empty/assessment", "en");
		assertThat(codes(deal.get("redFlags"))).containsExactly("NO_COACH", "NO_DECISION_MAKER", "NO_STAKEHOLDERS",
				"SINGLE_THREADED");
		assertThat(deal.get("powerMap")).isEmpty();
		// logit(0.05) = -2.944; no coach -0.6, no decision-maker -0.8
		assertThat(deal.get("winProbability").get("value").asDouble()).isEqualTo(0.013);
	}

	@Test
	void kestrelAccountCountsOurTiesByTrustAndFreshnessAndListsItsOpenDealsMostAtRiskFirst() {
		JsonNode account = get("/api/v1/accounts/kestrel/assessment", "en");
		JsonNode relationships = account.get("relationships");
		assertThat(relationships.get("people").asInt()).isEqualTo(13);
		assertThat(relationships.get("tieCount").asInt()).isEqualTo(14);
		assertThat(relationships.get("byTrust").toString())
			.isEqualTo("{\"OUTSIDER\":6,\"FRIEND\":2,\"SUPPLIER\":4,\"PARTNER\":2,\"UNRATED\":0}");
		assertThat(relationships.get("byFreshness").toString()).isEqualTo("{\"FRESH\":7,\"STALE\":7,\"UNDATED\":0}");
		List<String> deals = new ArrayList<>();
		account.get("openDeals").forEach((d) -> deals.add(d.get("dealId").asString()));
		assertThat(deals).containsExactly("kestrel-yard", "kestrel-telematics", "kestrel-wms");
		assertThat(account.get("signals")).isEmpty();
	}

	@Test
	void aDecliningAccountNobodyKnowsSignalsItsRisk() {
		this.http.post()
			.uri("/api/v1/accounts")
			.contentType(MediaType.APPLICATION_JSON)
			.body("{\"id\":\"fading\",\"name\":\"Fading Freight\",\"lifecycleStage\":\"DECLINE\"}")
			.exchange()
			.expectStatus()
			.isCreated();
		JsonNode account = get("/api/v1/accounts/fading/assessment", "zh-CN");
		assertThat(codes(account.get("signals"))).containsExactly("ACCOUNT_DECLINING", "NO_RELATIONSHIPS",
				"NO_OPEN_DEALS");
		assertThat(account.get("signals").get(1).get("message").asString()).isEqualTo("我们这边没有人认识这个客户的任何人。");
	}

	@Test
	void pipelineListsOpenDealsByRiskOrWeightedValueFilteredAndPaged() {
		assertThat(ids(get("/api/v1/pipeline", "en"))).containsExactly("kestrel-yard", "kestrel-telematics",
				"kestrel-wms", "nordlicht-field");
		assertThat(ids(get("/api/v1/pipeline?sort=weightedValue", "en"))).containsExactly("kestrel-wms",
				"nordlicht-field", "kestrel-telematics", "kestrel-yard");
		assertThat(ids(get("/api/v1/pipeline?accountId=nordlicht", "en"))).containsExactly("nordlicht-field");
		assertThat(ids(get("/api/v1/pipeline?stage=DESIGN", "en"))).containsExactly("kestrel-telematics");
		JsonNode page = get("/api/v1/pipeline?sort=weightedValue&page=1&size=2", "en");
		assertThat(ids(page)).containsExactly("kestrel-telematics", "kestrel-yard");
		assertThat(page.get("totalItems").asInt()).isEqualTo(4);
		JsonNode wms = get("/api/v1/pipeline?sort=weightedValue&size=1", "en").get("items").get(0);
		// 2,400,000 × 0.35496
		assertThat(wms.get("weightedValue").asLong()).isEqualTo(851909);
		assertThat(wms.get("topRedFlag").get("code").asString()).isEqualTo("GATEKEEPER_AGAINST");
		this.http.get().uri("/api/v1/pipeline?size=201").exchange().expectStatus().isBadRequest();
		this.http.get().uri("/api/v1/pipeline?sort=name").exchange().expectStatus().isBadRequest();
	}

	private JsonNode get(String uri, String language) {
		String body = this.http.get()
			.uri(uri)
			.header("Accept-Language", language)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return this.json.readTree(body);
	}

	private static List<String> codes(JsonNode items) {
		List<String> codes = new ArrayList<>();
		items.forEach((item) -> codes.add(item.get("code").asString()));
		return codes;
	}

	private static List<String> ids(JsonNode page) {
		List<String> ids = new ArrayList<>();
		page.get("items").forEach((item) -> ids.add(item.get("dealId").asString()));
		return ids;
	}

	private static JsonNode coverage(JsonNode deal, String role) {
		for (JsonNode entry : deal.get("coverage")) {
			if (entry.get("role").asString().equals(role)) {
				return entry.get("people");
			}
		}
		throw new AssertionError("no coverage of " + role);
	}

	private static JsonNode flag(JsonNode deal, String code) {
		for (JsonNode flag : deal.get("redFlags")) {
			if (flag.get("code").asString().equals(code)) {
				return flag;
			}
		}
		throw new AssertionError("no flag " + code);
	}

}
