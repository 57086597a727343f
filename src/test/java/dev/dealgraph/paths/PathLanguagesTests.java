package dev.dealgraph.paths;

import java.util.List;

import dev.dealgraph.DemoMap;
import dev.dealgraph.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Path answers over the demo data in Simplified Chinese: the sentences and reasons change
 * language with {@code Accept-Language}, the ids, codes and field names do not.
 */
@IntegrationTest
class PathLanguagesTests {

	@Autowired
	RestTestClient http;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void demo() {
		DemoMap.load(this.http);
	}

	@Test
	void warehouseDealReadsInChineseForAChineseSalesManager() {
		JsonNode answer = paths("/api/v1/deals/kestrel-wms/paths?k=3", "zh-CN");
		JsonNode paths = answer.get("targets").get(0).get("paths");
		assertThat(paths.findValuesAsString("explanation")).containsExactly(
				"Amy Chen 与 김민준 关系很好（0.90）；김민준 是鼎力支持我们的内线教练，与 María José Núñez 相识（0.70）；"
						+ "María José Núñez 是本项目的决策者。",
				"Lars Øberg 与 陈晓明 关系很好（0.80）；陈晓明 是鼎力支持我们的内部推动者兼发起者，能影响 María José Núñez（0.70）；"
						+ "María José Núñez 是本项目的决策者。",
				"Priya Raman 与 Marco Bianchi 相识（0.70）；Marco 是持支持态度的内线教练，与 María José Núñez 关系很好（0.80）；"
						+ "María José Núñez 是本项目的决策者。");
		JsonNode kim = paths.get(0).get("steps").get(0);
		assertThat(kim.get("tie").asString()).isEqualTo("KNOWS");
		assertThat(kim.get("to").get("attitude").asString()).isEqualTo("SPONSOR");
		assertThat(kim.get("to").get("roles").toString()).isEqualTo("[\"COACH\"]");
		assertThat(kim.get("to").get("side").asString()).isEqualTo("CUSTOMER");
		assertThat(answer.get("browser").get("params").asString()).startsWith(":param paths => [{nodes: ['amy-chen'");
	}

	@Test
	void theSameAnswerWithoutAChineseHeaderIsEnglish() {
		JsonNode chinese = paths("/api/v1/deals/kestrel-wms/paths?k=3", "zh-CN");
		JsonNode english = paths("/api/v1/deals/kestrel-wms/paths?k=3", "en");
		assertThat(english.get("targets").get(0).get("paths").get(0).get("explanation").asString()).isEqualTo(
				"Amy Chen knows 김민준 well (0.90); 김민준, a sponsoring coach, knows María José Núñez (0.70), the decision-maker.");
		assertThat(ids(chinese)).isEqualTo(ids(english));
	}

	@Test
	void reasonsReadInChineseToo() {
		JsonNode unreachable = paths("/api/v1/deals/kestrel-telematics/paths?maxHops=1", "zh-CN");
		assertThat(unreachable.get("targets").get(0).get("reason").asString()).isEqualTo(
				"1 跳以内没有避开反对者、通往 王建国 的熟人路径（includeOpponents=true 可让反对者参与，但会大幅降低得分）。" + "请先建立关系：看看我们的人能结识对方圈子里的谁。");
		assertThat(unreachable.get("reason").asString()).startsWith("从 amy-chen, ").endsWith("出发，1 跳以内到不了任何目标。");

		this.http.delete()
			.uri("/api/v1/deals/kestrel-wms/stakeholders/maria-jose-nunez")
			.exchange()
			.expectStatus()
			.isNoContent();
		assertThat(paths("/api/v1/deals/kestrel-wms/paths", "zh-CN").get("reason").asString())
			.isEqualTo("本项目尚未标明决策者。请给做最终审批的人加上角色 DECISION_MAKER，或用 to= 指定要接近的人。");
	}

	private JsonNode paths(String uri, String language) {
		String body = this.http.get()
			.uri(uri)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		return this.json.readTree(body);
	}

	private static List<String> ids(JsonNode answer) {
		return answer.get("targets").get(0).get("paths").findValuesAsString("id");
	}

}
