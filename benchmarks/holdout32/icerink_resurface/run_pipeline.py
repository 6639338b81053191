# expect: clean
"""Ice-rink resurfacing: classify whether the ice needs a Zamboni pass from the
last hour of skater counts, surface temperature and humidity readings.

The entry script only builds the context and runs the ordered stage list.
"""
from rink import build_context, STAGES, run_stages


def main():
    ctx = build_context(seed=23, hidden=8)
    run_stages(STAGES, ctx)
    print("report:", ctx.report)


if __name__ == "__main__":
    main()
