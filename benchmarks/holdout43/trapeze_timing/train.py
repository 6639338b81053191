# expect: crash
import torch
import torch.nn.functional as F

from models import CatchPredictor
from probes import SwingProbe
from run_context import RunContext

EPOCHS = 2


def batches(n=3, batch=4, frames=9, seed=0):
    g = torch.Generator().manual_seed(seed)
    for _ in range(n):
        x = torch.randn(batch, frames, 4, generator=g)
        yield x, (x[:, -1, 0] > 0).float()


def main():
    torch.manual_seed(0)
    model = CatchPredictor()
    run = RunContext(model=model, optimizer=torch.optim.Adam(model.parameters(), lr=3e-3))
    reference = torch.randn(2, 9, 4)
    for epoch in range(EPOCHS):
        run.model.train()
        probe = SwingProbe(run.model)
        for x, y in batches(seed=epoch):
            run.optimizer.zero_grad()
            loss = F.binary_cross_entropy_with_logits(run.model(x), y)
            loss.backward()  # TM001-here
            run.optimizer.step()
            run.log("loss", loss.item())
        attribution = probe.explain(reference)
        run.log("top_frame", int(attribution.argmax()))
    print({k: v[-1] for k, v in run.metrics.items()})


if __name__ == "__main__":
    main()
