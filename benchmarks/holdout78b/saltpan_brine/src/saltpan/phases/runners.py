import torch
import torch.nn.functional as F


def run_fit(model, data, phase, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    with phase(model) as m:
        for _ in range(epochs):
            for x, y in data:
                loss = F.cross_entropy(m(x), y)
                opt.zero_grad(); loss.backward(); opt.step()


def run_calibration(model, data, phase, steps=5):
    log_t = torch.zeros(1, requires_grad=True)
    opt = torch.optim.SGD([log_t], lr=0.1)
    with phase(model) as m:
        logits = [(m(x), y) for x, y in data]
    for _ in range(steps):
        nll = sum(F.cross_entropy(z / log_t.exp(), y) for z, y in logits)
        opt.zero_grad()
        nll.backward(retain_graph=True)  # TM001-here
        opt.step()
    return log_t.exp().item()
