# expect: crash
"""Trace contour lines on survey sheets: a sequence model reads elevation samples
along a transect and predicts whether the next sample crosses a contour line."""
import torch

from contour.data import transects
from contour.model import TransectReader
from contour.validate import BudgetExhausted, validate
from contour.utils import seed_everything


def train(model, epochs=3, val_budget=2):
    opt = torch.optim.RMSprop(model.parameters(), lr=3e-3)
    bce = torch.nn.BCEWithLogitsLoss()
    train_set, val_set = transects(20, seed=0), transects(12, seed=1)
    history = []
    for epoch in range(epochs):
        for xb, yb in train_set:
            opt.zero_grad()
            loss = bce(model(xb), yb)
            loss.backward()  # TM001-here
            opt.step()
        try:
            acc = validate(model, val_set, budget=val_budget)
        except BudgetExhausted as stop:
            # a partial sweep is still a useful signal on big sheets
            acc = stop.partial
        history.append((epoch, loss.item(), acc))
    return history


def main():
    seed_everything(4)
    model = TransectReader(features=2, hidden=6)
    for epoch, loss, acc in train(model):
        print(f"epoch {epoch}: loss {loss:.3f} crossing acc {acc:.3f}")


if __name__ == "__main__":
    main()
