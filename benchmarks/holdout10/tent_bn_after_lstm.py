# expect: clean
"""Tent test-time adaptation (configure_model / collect_params / forward_and_adapt) on a
model whose only BatchNorm layer sits *after* the LSTM. configure_model starts from
model.eval() and re-enables BN only; the entropy loss's gradient for the BN affine
parameters stops at the BN input (frozen LSTM, inputs without grad), so no backward
reaches the eval-mode LSTM.
"""
import torch
import torch.nn as nn


class Tent(nn.Module):
    def __init__(self, model, optimizer, steps=1):
        super().__init__()
        self.model, self.optimizer, self.steps = model, optimizer, steps

    def forward(self, x):
        for _ in range(self.steps):
            outputs = self.forward_and_adapt(x)
        return outputs

    @torch.enable_grad()
    def forward_and_adapt(self, x):
        outputs = self.model(x)
        loss = -(outputs.softmax(1) * outputs.log_softmax(1)).sum(1).mean()
        loss.backward()
        self.optimizer.step()
        self.optimizer.zero_grad()
        return outputs


def configure_model(model):
    model.eval()
    model.requires_grad_(False)
    for m in model.modules():
        if isinstance(m, nn.BatchNorm1d):
            m.train()
            m.requires_grad_(True)
            m.track_running_stats = False
            m.running_mean, m.running_var = None, None
    return model


def collect_params(model):
    params = []
    for nm, m in model.named_modules():
        if isinstance(m, nn.BatchNorm1d):
            params += [p for np_, p in m.named_parameters() if np_ in ("weight", "bias")]
    return params


class HARModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(6, 16, batch_first=True, num_layers=2, dropout=0.3)
        self.bn = nn.BatchNorm1d(16)
        self.fc = nn.Linear(16, 5)

    def forward(self, x):
        return self.fc(self.bn(self.lstm(x)[0][:, -1]))


if __name__ == "__main__":
    torch.manual_seed(48)
    model = HARModel()
    model = configure_model(model)
    tented = Tent(model, torch.optim.SGD(collect_params(model), lr=1e-3, momentum=0.9))
    with torch.no_grad():
        for b in range(3):
            preds = tented(torch.randn(8, 10, 6) * 1.5).argmax(1)
            print(b, preds.tolist())
