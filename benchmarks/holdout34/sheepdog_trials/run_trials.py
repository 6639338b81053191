# expect: clean
"""Sheepdog-trial scoring: a GRU reads whistle/command sequences and predicts the judge's points.

An `Engine` fires events; handlers are registered with `@engine.on(Events.X)`.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "src"))

import torch  # noqa: E402

from sheepdog import Events, Engine, TrialScorer, make_runs  # noqa: E402
from sheepdog.engine.handlers import evaluate_runs  # noqa: E402


def main():
    torch.manual_seed(7)
    model = TrialScorer(n_cmds=8, hidden=10)
    opt = torch.optim.RMSprop(model.parameters(), lr=1e-3)
    engine = Engine(model, opt)
    valid = make_runs(2, seed=11)

    @engine.on(Events.EPOCH_COMPLETED)
    def log_validation(state):
        state.metrics["val_mse"] = evaluate_runs(state.model, valid)
        print(f"epoch {state.epoch}: train {state.metrics['loss']:.3f} val {state.metrics['val_mse']:.3f}")

    @engine.on(Events.STARTED)
    def announce(state):
        print("trials begin with", sum(p.numel() for p in state.model.parameters()), "parameters")

    engine.run(make_runs(5, seed=3), max_epochs=3)


if __name__ == "__main__":
    main()
