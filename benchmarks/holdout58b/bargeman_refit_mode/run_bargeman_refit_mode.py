# expect: clean
import torch

from barge import parse_simple_yaml, TowDraftGRU, PhaseRunner

PLAN = """
order: warmup, holdout, refit
warmup:
  kind: fit
  mode: train
  steps: 3
holdout:
  kind: score
  mode: eval
  steps: 2
refit:
  kind: refit
  mode: train
  steps: 2
"""


def main():
    torch.manual_seed(3)
    plan = parse_simple_yaml(PLAN)
    model = TowDraftGRU()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)

    def sample():
        x = torch.randn(6, 8, 5)
        return x, x[:, :, 0].mean(1)

    ctx = {"model": model, "opt": opt, "sample": sample, "log": []}
    for row in PhaseRunner(ctx, plan).run():
        print(row)


if __name__ == "__main__":
    main()
