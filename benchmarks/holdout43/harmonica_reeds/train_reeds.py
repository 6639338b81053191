# expect: crash
import torch

from reedtune import Engine, LossLogger, ReedPitchNet, ReedProbe


def synthetic_reeds(n_batches=4, batch=6, frames=8, seed=3):
    g = torch.Generator().manual_seed(seed)
    data = []
    for _ in range(n_batches):
        x = torch.randn(batch, frames, 5, generator=g)
        data.append((x, x[:, :, :1].mean(dim=1) * 3.0))
    return data


if __name__ == "__main__":
    torch.manual_seed(0)
    model = ReedPitchNet()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    probe = ReedProbe(torch.randn(1, 8, 5), every=2)
    engine = Engine(model, opt, callbacks=[LossLogger(), probe])
    state = engine.fit(synthetic_reeds(), epochs=2)
    print("steps", state["step"], "probe", [round(p, 3) for p in probe.trace])
