# expect: clean
"""Reed-bed filtration: nitrate outflow forecasting run as a small state machine."""
import torch

from reedbed import Runner, build_state


def main():
    torch.manual_seed(2)
    state = build_state({"hidden": 6, "lr": 5e-3, "epochs": 2, "eval_every": 2})
    runner = Runner(state)
    runner.run()
    print("phases:", " -> ".join(state.trace))
    print("val:", [round(v, 4) for v in state.metrics["val"]])


if __name__ == "__main__":
    main()
