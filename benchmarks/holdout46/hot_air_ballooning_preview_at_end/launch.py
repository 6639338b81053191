# expect: clean
"""Hot-air ballooning: forecast the envelope temperature drift over the next
minute from burner pulses, ambient readings and altitude, for pilot training."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

from balloon import Engine, build_callbacks, EnvelopeNet, flight_logs  # noqa: E402

CONFIG = {
    "model": {"n_inputs": 4, "hidden": 8, "layers": 1},
    "optim": {"lr": 3e-3},
    "loop": {"epochs": 2, "val_every": 2},
    "callbacks": ["metric_logger", "forecast_preview"],
}


def main(cfg=CONFIG):
    model = EnvelopeNet(**cfg["model"])
    engine = Engine(model, cfg, callbacks=build_callbacks(cfg["callbacks"]))
    engine.fit(flight_logs(6, seed=0), flight_logs(2, seed=1))
    print("logged:", engine.state["log"][-1])


if __name__ == "__main__":
    main()
