# expect: crash
"""Train the firing-defect classifier with a history callback and a saliency logger."""
import torch

from glasskiln import FiringLSTM, HistoryCallback, KilnTrainer, SaliencyLogger


def firing_logs(n_batches=3, bs=4, T=16, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n_batches):
        setpoint = torch.linspace(0, 1, T).expand(bs, T) * (0.6 + 0.4 * torch.rand(bs, 1, generator=g))
        measured = setpoint + 0.05 * torch.randn(bs, T, generator=g)
        ramp = torch.diff(measured, dim=1, prepend=measured[:, :1])
        x = torch.stack([setpoint, measured, ramp * 10], -1)
        y = torch.bucketize(ramp.abs().max(1).values, torch.tensor([0.08, 0.12, 0.16]))
        out.append((x, y))
    return out


if __name__ == "__main__":
    torch.manual_seed(6)
    sal = SaliencyLogger(every=2)
    trainer = KilnTrainer(FiringLSTM(), callbacks=[HistoryCallback(), sal])
    trainer.fit(firing_logs(), epochs=2)
    print("saliency maps logged:", len(sal.maps))
