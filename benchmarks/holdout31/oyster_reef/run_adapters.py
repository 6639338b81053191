# expect: clean
"""Oyster-reef sensors: adapt a GRU encoder pretrained on one reef's
dissolved-oxygen/turbidity/salinity logs to a new reef with small adapters.
The entry script builds the components and calls run()."""
import torch

from reef import pretrain_backbone, AdaptedReefModel, AdapterRunner, reef_logs


def main():
    torch.manual_seed(17)
    backbone = pretrain_backbone(reef_logs(seed=0), hidden=12)
    model = AdaptedReefModel(backbone, bottleneck=4)
    runner = AdapterRunner(model, lr=5e-3, epochs=3)
    for line in runner.run(reef_logs(seed=1), reef_logs(seed=2, n=6)):
        print(line)


if __name__ == "__main__":
    main()
