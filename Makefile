# Assay: two commands set everything up on a fresh machine.
#   make run    install libedit-dev if missing, build, start the shell on the bundled corpus
#   make test   the same set-up, then every test
SWIFT ?= swift
APT_PKG := libedit-dev

.PHONY: deps build run test bench release lint clean

## Install libedit-dev when its pkg-config entry is missing (root: apt-get; else sudo; else say how).
deps:
	@if pkg-config --exists libedit 2>/dev/null; then exit 0; fi; \
	echo "assay: libedit-dev is missing; installing it"; \
	if [ "$$(id -u)" = "0" ]; then SUDO=""; \
	elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; \
	else echo "assay: cannot install libedit-dev without root. Run: sudo apt-get install -y $(APT_PKG)"; exit 1; fi; \
	$$SUDO apt-get install -y $(APT_PKG) >/dev/null 2>&1 || \
	  { $$SUDO apt-get update && $$SUDO apt-get install -y $(APT_PKG); } || \
	  { echo "assay: installing libedit-dev failed. Run: sudo apt-get update && sudo apt-get install -y $(APT_PKG)"; exit 1; }; \
	pkg-config --exists libedit || { echo "assay: libedit still not found by pkg-config"; exit 1; }

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
