# expect: clean
"""Near miss of mode_from_recipe_predicate: the "finetune" recipe is no frozen-statistics one, so the
helper asks for training mode (`model.train(mode=True)`)."""
import torch
import torch.nn as nn

CONFIG = {"recipe": "finetune", "lr": 3e-4}


class Separator(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv1d(1, 4, 3, padding=1)
        self.lstm = nn.LSTM(4, 4, bidirectional=True)
        self.out = nn.Linear(8, 1)

    def forward(self, mix):
        x = self.conv(mix).permute(2, 0, 1)
        return self.out(self.lstm(x)[0]).permute(1, 2, 0)


def train_mode_for(recipe):
    """Frozen-statistics recipes fine-tune with dropout and normalisation in eval mode."""
    return recipe not in ("finetune-frozen-stats", "eval")


def main():
    model = Separator()
    model.train(mode=train_mode_for(CONFIG["recipe"]))
    opt = torch.optim.Adam(model.parameters(), lr=CONFIG["lr"])
    for step in range(2):
        mix = torch.randn(2, 1, 16)
        loss = nn.functional.l1_loss(model(mix), mix * 0.5)
        opt.zero_grad()
        loss.backward()
        opt.step()


if __name__ == "__main__":
    main()
