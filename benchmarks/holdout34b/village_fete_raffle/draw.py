# expect: clean
"""Village-fete raffle: a ticket-sales forecaster per stall, nudged after each
draw with the draw's outcome (an online update).  Before the draw the stall
model is "frozen" so the forecast shown on the board is deterministic.
"""
import torch

from raffle.model import StallForecaster
from raffle.draw_utils import freeze_for_draw, board_forecast, online_update


def main():
    torch.manual_seed(55)
    model = StallForecaster()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    history = torch.randint(0, 30, (4, 9))  # 4 stalls x 9 half-hour sales buckets
    for draw_no in range(3):
        freeze_for_draw(model)
        pred = board_forecast(model, history)
        actual = torch.rand(4) * 20
        loss = online_update(opt, pred, actual)
        print(f"draw {draw_no}: loss {loss:.3f}")
        history = torch.cat([history[:, 1:], actual.long().unsqueeze(1)], dim=1)


if __name__ == "__main__":
    main()
