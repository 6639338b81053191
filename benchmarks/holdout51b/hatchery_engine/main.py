# expect: clean
"""Run a fry-counting plan: fit, calibrate (eval), fit again, calibrate, report."""
from fishcount import Engine, FryCounter, parse_plan

PLAN = """
- fit: {epochs: 1, lr: 0.01}
- calibrate: {steps: 4}
- fit: {epochs: 1, lr: 0.005}
- calibrate: {steps: 4, lr: 0.02}
- report: {}
"""

CONFIG = {"seed": 1, "batch_size": 4, "seq_len": 8, "n_gates": 4,
          "batches": {"train": 3, "val": 2}}

if __name__ == "__main__":
    model = FryCounter(n_gates=CONFIG["n_gates"])
    engine = Engine(model, CONFIG)
    print(engine.run(parse_plan(PLAN)))
