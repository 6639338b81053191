import torch


@torch.no_grad()
def collect_rollouts(vae, n, steps=6):
    vae.eval()
    out = []
    for _ in range(n):
        obs = torch.randn(steps, 1, 12)
        out.append((vae(obs), torch.rand(steps, 1, 2) * 2 - 1))
    return out


def evaluate_controller(vae, mdrnn, controller, steps=5):
    mdrnn.eval()
    vae.eval()
    total, hidden = 0.0, None
    h = torch.zeros(1, 8)
    with torch.no_grad():
        for t in range(steps):
            z = vae(torch.randn(1, 12))
            a = controller(z, h)
            _, outs, hidden = mdrnn(a.unsqueeze(0), z.unsqueeze(0), hidden)
            h = outs[0]
            total += -a.pow(2).sum().item()
    return total
