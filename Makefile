# Assay: two commands set everything up on a fresh machine.
#   make run    install libedit-dev if missing, build, start the shell on the bundled corpus
#   make test   the same set-up, then every test
SWIFT ?= swift
APT_PKG := libedit-dev libsqlite3-dev

.PHONY: deps build run test bench release lint clean

## Install libedit-dev and libsqlite3-dev when their pkg-config entries are missing
## (root: apt-get; else sudo; else print the command to run).
deps:
	@if pkg-config --exists libedit sqlite3 2>/dev/null; then exit 0; fi; \
	echo "assay: installing $(APT_PKG)"; \
	if [ "$$(id -u)" = "0" ]; then SUDO=""; \
	elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; \
	else echo "assay: cannot install packages without root. Run: sudo apt-get install -y $(APT_PKG)"; exit 1; fi; \
	$$SUDO apt-get install -y $(APT_PKG) >/dev/null 2>&1 || \
	  { $$SUDO apt-get update && $$SUDO apt-get install -y $(APT_PKG); } || \
	  { echo "assay: installing failed. Run: sudo apt-get update && sudo apt-get install -y $(APT_PKG)"; exit 1; }; \
	pkg-config --exists libedit sqlite3 || { echo "assay: libedit or sqlite3 still not found by pkg-config"; exit 1; }

build: deps
	$(SWIFT) build --product assay

run: build
	@$$($(SWIFT) build --show-bin-path)/assay

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

release: deps
	$(SWIFT) build -c release --product assay

## Benchmarks: release build, not part of `make test`. Pass a folder with BENCH_ARGS="DIR".
bench: deps
	$(SWIFT) build -c release --product AssayBench
	$(SWIFT) build -c release --product assay
	$$($(SWIFT) build -c release --show-bin-path)/AssayBench $(BENCH_ARGS)

lint:
	$(SWIFT) format lint --strict -r Sources Tests

clean:
	$(SWIFT) package clean
