package dev.dealgraph.importing;

import dev.dealgraph.system.ValidId;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ImportController {

	private final MapImport mapImport;

	private final MapExport mapExport;

	ImportController(MapImport mapImport, MapExport mapExport) {
		this.mapImport = mapImport;
		this.mapExport = mapExport;
	}

	@PostMapping(path = "/api/v1/import", consumes = MediaType.APPLICATION_JSON_VALUE)
	ImportResult importMap(@RequestBody MapDocument document) {
		return this.mapImport.importDocument(document);
	}

	@GetMapping("/api/v1/accounts/{id}/export")
	MapDocument export(@PathVariable @ValidId String id) {
		return this.mapExport.export(id);
	}

	@GetMapping("/api/v1/export")
	MapDocument exportAll() {
		return this.mapExport.exportAll();
	}

}
