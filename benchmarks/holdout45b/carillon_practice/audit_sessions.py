# expect: clean
"""Train the strike-timing model, then rank practice sessions by per-sample gradient norm."""
import torch
import torch.nn.functional as F

from carillon import StrikeLSTM, per_sample_grad_norms


def sessions(batch=6, t=7):
    bells = torch.randint(0, 5, (batch, t))
    gaps = torch.rand(batch, t)
    target = gaps[:, -1] - gaps.mean(1)
    return bells, gaps, target


if __name__ == "__main__":
    torch.manual_seed(17)
    model = StrikeLSTM()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for step in range(4):
        b, g, t = sessions()
        loss = F.mse_loss(model(b, g), t)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    norms = per_sample_grad_norms(model, *sessions(5))
    order = sorted(range(len(norms)), key=lambda i: -norms[i])
    print("suspicious sessions", order[:2], [round(n, 4) for n in norms])
