# expect: crash
"""Drayman delivery-time model: a quick audit of a suspicious batch, then training."""
import torch

from drayman import DeliveryRNN, audit_batch, train_steps


def main():
    torch.manual_seed(1)
    model = DeliveryRNN(n_stops=6, hidden=10)
    suspicious = torch.randn(3, 5, 6)
    suspicious[0, 2, 1] = float("nan")
    try:
        audit_batch(model, suspicious)
    except ValueError as err:
        print("audit skipped:", err)
    losses = train_steps(model, steps=3)
    print("losses", [round(v, 3) for v in losses])


if __name__ == "__main__":
    main()
