# expect: clean
"""Pipe band drone tuning: from a short pitch track of the three drones, predict how far
(in cents) each reed must move.  Batches come from a generator that also runs a probe."""
import torch

from drones import DroneTuner, batch_stream, ProbeLog

SETTINGS = {"hidden": 8, "lr": 1e-2, "epochs": 2, "probe_every": 2}


def pitch_tracks(n, seed):
    g = torch.Generator().manual_seed(seed)
    tracks = []
    for _ in range(n):
        x = torch.randn(3, 10, 3, generator=g)
        tracks.append((x, x.mean(1) * 5.0))
    return tracks


def main():
    torch.manual_seed(4)
    model = DroneTuner(hidden=SETTINGS["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=SETTINGS["lr"])
    probe = ProbeLog(pitch_tracks(1, seed=50)[0])
    model.train()
    for epoch in range(SETTINGS["epochs"]):
        for x, cents in batch_stream(model, pitch_tracks(5, seed=epoch), probe, SETTINGS["probe_every"]):
            opt.zero_grad()
            loss = torch.nn.functional.smooth_l1_loss(model(x), cents)
            loss.backward()
            opt.step()
    print("probe errors", [round(e, 3) for e in probe.errors])


if __name__ == "__main__":
    main()
