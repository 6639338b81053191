# expect: crash
"""Parchment making: predict hide thickness after scraping; a batch generator probes the model between yields."""
import torch
from torch import nn

SETTINGS = {"probe_every": 2, "epochs": 1, "lr": 2e-2}


class ScrapeNet(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.fc(h[-1])


def stream(model, data, probe, log):
    """Yield training batches; every few batches record a probe score as a plain float."""
    for i, batch in enumerate(data):
        if i and i % SETTINGS["probe_every"] == 0:
            model.eval()
            with torch.no_grad():
                log.append(float(model(probe).mean()))
        yield batch
        model.train()


def main():
    torch.manual_seed(17)
    model = ScrapeNet()
    opt = torch.optim.Adam(model.parameters(), lr=SETTINGS["lr"])
    data = [(torch.randn(4, 5, 3), torch.randn(4, 1)) for _ in range(5)]
    probe = torch.randn(2, 5, 3)
    log = []
    model.train()
    for epoch in range(SETTINGS["epochs"]):
        for x, y in stream(model, data, probe, log):
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(x), y)
            loss.backward()  # TM001-here
            opt.step()
    print("probe scores", [round(v, 4) for v in log])


if __name__ == "__main__":
    main()
