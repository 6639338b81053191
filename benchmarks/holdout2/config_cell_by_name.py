# expect: clean
# category: dynamic
"""Config-driven recurrent model: the cell class is looked up by name on torch.nn and unrolled by hand.
This experiment uses a GRUCell; fine-tuning runs in eval mode to keep the output dropout off."""
import torch
import torch.nn as nn

torch.manual_seed(92)
CFG = {"cell": "GRUCell", "input": 5, "hidden": 12, "classes": 3, "dropout": 0.3}


class UnrolledRNN(nn.Module):
    def __init__(self, cfg):
        super().__init__()
        cell_cls = getattr(nn, cfg["cell"])
        self.cell = cell_cls(cfg["input"], cfg["hidden"])
        self.is_lstm = cfg["cell"] == "LSTMCell"
        self.drop = nn.Dropout(cfg["dropout"])
        self.fc = nn.Linear(cfg["hidden"], cfg["classes"])

    def forward(self, x):  # (batch, time, input)
        h = x.new_zeros(x.shape[0], self.cell.hidden_size)
        state = (h, h.clone()) if self.is_lstm else h
        for t in range(x.shape[1]):
            state = self.cell(x[:, t], state)
        last = state[0] if self.is_lstm else state
        return self.fc(self.drop(last))


model = UnrolledRNN(CFG)
opt = torch.optim.Adam(model.parameters(), lr=5e-3)
x, y = torch.randn(16, 8, 5), torch.randint(0, 3, (16,))
for phase, mode in (("train", True), ("finetune", False)):
    model.train(mode)
    for _ in range(2):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print(phase, "mode", model.training, "loss", round(loss.item(), 4))
