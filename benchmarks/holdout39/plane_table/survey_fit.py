# expect: clean
"""Cartographers' plane tables: bearing-correction model, early stopping, then a fine-tune of the best weights."""
from survey import BearingNet, fit_with_early_stopping, refine

if __name__ == "__main__":
    net = BearingNet(hidden=6)
    best_state, score = fit_with_early_stopping(net, max_epochs=4)
    print("best", round(score, 4))
    refined = refine(BearingNet.from_state(best_state, hidden=6))
    print("refined", refined)
