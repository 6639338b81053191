import torch
import torch.nn.functional as F


def calibrate_phase(state, iters=5, lr=0.05):
    """Temperature scaling on the held-out split."""
    model = state["model"]
    model.eval()
    opt = torch.optim.SGD([model.log_t], lr=lr)
    xb, yb = state["val"]
    for _ in range(iters):
        opt.zero_grad()
        nll = F.cross_entropy(model(xb), yb)
        nll.backward()  # TM001-here
        opt.step()
    return {"temperature": model.log_t.exp().item(), "nll": nll.item()}
