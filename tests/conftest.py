"""Settings every test module shares."""

from hypothesis import settings

# No property test is a timed test: the machines are shared and loaded, and a 200 ms deadline failed
# test_table_writers under a load of 15 on two cores. Speed is measured in `make bench`.
settings.register_profile("foiakit", deadline=None)
settings.load_profile("foiakit")
