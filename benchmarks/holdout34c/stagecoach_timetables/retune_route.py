# expect: crash
"""The Bath road got a new relay inn: take the exported booking-office model and
retune it on the first fortnight of delays on that route."""
import os
import tempfile

import torch
import torch.nn.functional as F

from coachlines import DelayGRU, cleanup, export_for_inference, load_exported

torch.manual_seed(9)


def fortnight(n=3, batch=4, legs=6):
    for _ in range(n):
        stages = torch.arange(legs).repeat(batch, 1)
        weather = torch.rand(batch, legs, 2)
        yield stages, weather, weather[..., 0] * 15 + stages.float()


def main():
    path = os.path.join(tempfile.gettempdir(), f"coach_delay_{os.getpid()}.pt")
    try:
        export_for_inference(DelayGRU(), path)
        model = load_exported(path)
        opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        for step, (stages, weather, minutes) in enumerate(fortnight()):
            opt.zero_grad()
            loss = F.mse_loss(model(stages, weather), minutes)
            loss.backward()  # TM001-here
            opt.step()
            print(f"step {step} loss {loss.item():.2f}")
    finally:
        cleanup(path)


if __name__ == "__main__":
    main()
