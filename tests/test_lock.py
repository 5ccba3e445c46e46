"""The lock files: exact versions with hashes, in step with pyproject.toml, and
exactly what is installed.

``requirements/test.txt`` (runtime and test), ``requirements/base.txt``
(runtime, for servers) and ``requirements/tools.txt`` (pip and uv) are written
by ``make lock`` / ``make upgrade`` (docs/dependencies.md). A range edited in
pyproject.toml without re-locking, a dependency added without re-locking, a
package installed by hand or a lock edited by hand fails here.
"""

import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import Marker
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
REQUIREMENTS = ROOT / "requirements"
#: The project itself runs from its folder and is never installed.
PROJECT = "elearn"


@dataclass(frozen=True)
class Pin:
    name: str  # canonical
    version: Version
    marker: Marker | None
    hashes: tuple[str, ...]
    line: str

    def applies(self, environment=None) -> bool:
        return self.marker is None or self.marker.evaluate(environment)


def read_lock(path: Path) -> list[Pin]:
    """The pins of a pip requirements file as ``uv pip compile`` writes it."""
    logical, current = [], ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split(" #", 1)[0].strip() if not raw.lstrip().startswith("#") else ""
        if not line:
            continue
        if line.endswith("\\"):
            current += line[:-1] + " "
            continue
        logical.append(current + line)
        current = ""
    if current:
        logical.append(current)
    pins = []
    for line in logical:
        if line.startswith("-"):
            raise AssertionError(f"{path.name}: options are not expected: {line}")
        words = line.split()
        hashes = tuple(w.split("=", 1)[1] for w in words if w.startswith("--hash="))
        spec = " ".join(w for w in words if not w.startswith("--hash="))
        requirement = Requirement(spec)
        specifiers = list(requirement.specifier)
        assert len(specifiers) == 1 and specifiers[0].operator == "==", (
            f"{path.name}: {spec!r} is not pinned to one exact version"
        )
        pins.append(
            Pin(
                canonicalize_name(requirement.name),
                Version(specifiers[0].version),
                requirement.marker,
                hashes,
                spec,
            )
        )
    return pins


def pyproject():
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def declared(extra=None) -> list[Requirement]:
    project = pyproject()["project"]
    specs = project["dependencies"]
    if extra:
        specs = specs + project["optional-dependencies"][extra]
    return [
        Requirement(spec)
        for spec in specs
        if canonicalize_name(Requirement(spec).name) != PROJECT
    ]


LOCKS = {
    "base.txt": declared(),
    "test.txt": declared("test"),
}


def by_name(pins: list[Pin]) -> dict[str, list[Pin]]:
    found: dict[str, list[Pin]] = {}
    for pin in pins:
        found.setdefault(pin.name, []).append(pin)
    return found


def disagreements(requirements: list[Requirement], pins: list[Pin]) -> list[str]:
    """Why ``pins`` do not satisfy ``requirements`` (empty: they do).

    A requirement's extras (``celery[redis]``) must be locked too: their
    requirements are read from the installed package's metadata.
    """
    locked = by_name(pins)
    problems = []
    for requirement in requirements:
        name = canonicalize_name(requirement.name)
        if name not in locked:
            problems.append(f"{requirement} is not in the lock")
            continue
        for pin in locked[name]:
            if not requirement.specifier.contains(pin.version, prereleases=True):
                problems.append(
                    f"{requirement} is declared, the lock has {pin.line}: "
                    "run `make lock`"
                )
        for extra in requirement.extras:
            for spec in metadata.requires(requirement.name) or []:
                needed = Requirement(spec)
                if needed.marker and needed.marker.evaluate({"extra": extra}):
                    if canonicalize_name(needed.name) not in locked:
                        problems.append(
                            f"{needed.name} (for {requirement.name}[{extra}]) "
                            "is not in the lock"
                        )
    return problems


@pytest.mark.parametrize("lock", ["base.txt", "test.txt", "tools.txt"])
def test_every_pin_is_one_exact_version_with_hashes(lock):
    pins = read_lock(REQUIREMENTS / lock)
    assert pins
    unhashed = [pin.line for pin in pins if not pin.hashes]
    assert not unhashed, f"{lock}: pins without a hash: {unhashed}"
    malformed = [
        pin.line
        for pin in pins
        for digest in pin.hashes
        if not (digest.startswith("sha256:") and len(digest) == len("sha256:") + 64)
    ]
    assert not malformed, f"{lock}: hashes that are not sha256: {malformed}"


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_the_lock_satisfies_every_range_in_pyproject(lock):
    problems = disagreements(LOCKS[lock], read_lock(REQUIREMENTS / lock))
    assert not problems, f"requirements/{lock} and pyproject.toml disagree:\n" + (
        "\n".join(problems)
    )


def test_the_tools_lock_satisfies_its_ranges():
    declared_tools = [
        Requirement(line)
        for line in (REQUIREMENTS / "tools.in").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    problems = disagreements(declared_tools, read_lock(REQUIREMENTS / "tools.txt"))
    assert not problems, "\n".join(problems)


def test_a_range_that_excludes_the_locked_version_is_caught():
    """The check above is not vacuous: Django's range moved past the lock."""
    pins = read_lock(REQUIREMENTS / "test.txt")
    django = by_name(pins)["django"][0]
    moved = [Requirement(f"Django>{django.version}")]
    assert disagreements(moved, pins) == [
        f"Django>{django.version} is declared, the lock has {django.line}: "
        "run `make lock`"
    ]
    assert disagreements([Requirement("a-package-nobody-locked>=1")], pins) == [
        "a-package-nobody-locked>=1 is not in the lock"
    ]


def test_servers_get_the_tested_versions():
    """base.txt is test.txt without the test tools: the same version of each."""
    tested = {
        (pin.name, str(pin.marker)): pin for pin in read_lock(REQUIREMENTS / "test.txt")
    }
    for pin in read_lock(REQUIREMENTS / "base.txt"):
        key = (pin.name, str(pin.marker))
        assert key in tested, f"base.txt has {pin.line}, test.txt does not"
        assert tested[key].version == pin.version, (pin.line, tested[key].line)
        assert set(pin.hashes) == set(tested[key].hashes), pin.line


def test_the_installed_environment_is_the_lock():
    """What runs these tests is exactly test.txt + tools.txt (as `pip freeze`)."""
    expected = {
        pin.name: pin.version
        for lock in ("test.txt", "tools.txt")
        for pin in read_lock(REQUIREMENTS / lock)
        if pin.applies()
    }
    installed = {
        canonicalize_name(dist.metadata["Name"]): Version(dist.version)
        for dist in metadata.distributions()
    }
    installed.pop(PROJECT, None)
    extra = sorted(set(installed) - set(expected))
    missing = sorted(set(expected) - set(installed))
    different = sorted(
        f"{name} {installed[name]} (lock: {version})"
        for name, version in expected.items()
        if name in installed and installed[name] != version
    )
    assert not (extra or missing or different), (
        "the environment is not the lock (`make clean install` rebuilds it): "
        f"not in the lock {extra}, not installed {missing}, other versions {different}"
    )
