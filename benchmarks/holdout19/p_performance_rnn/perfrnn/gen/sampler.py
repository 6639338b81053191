import torch


class Sampler:
    def __init__(self, model, temperature=1.0):
        self.model = model
        self.temperature = temperature

    @torch.no_grad()
    def generate(self, controls, length=6):
        self.model.eval()
        ev = torch.zeros(controls.shape[0], 1, dtype=torch.long)
        h, out = None, []
        for t in range(length):
            logits, h = self.model(ev, controls[:, t:t + 1], h)
            ev = torch.distributions.Categorical(logits=logits[:, -1] / self.temperature).sample()[:, None]
            out.append(ev)
        return torch.cat(out, 1)
