import torch
import torch.nn.functional as F


def synthetic_patient(n=6, t=8, bands=5):
    x = torch.randn(n, t, bands)
    return x, (x[:, -3:, 1].mean(1) > 0).float()


class PatientTrainer:
    def __init__(self, model, lr=1e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def epoch(self, data):
        x, y = data
        loss = F.binary_cross_entropy_with_logits(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return round(float(loss), 4)
