import torch
import torch.nn.functional as F


def test_inference_is_deterministic(tracker, tracks):
    tracker.eval()
    with torch.no_grad():
        assert torch.allclose(tracker(tracks), tracker(tracks))


def test_output_shape(tracker, tracks):
    with torch.no_grad():
        assert tracker(tracks).shape == (5, 4)


def test_one_step_reduces_loss(tracker, tracks, optimizer):
    tracker.train()
    target = tracks[:, -1]
    losses = []
    for _ in range(3):
        loss = F.mse_loss(tracker(tracks[:, :-1]), target)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    assert losses[-1] <= losses[0] + 1e-3


def test_gradients_reach_lstm(tracker):
    assert all(p.grad is not None for p in tracker.lstm.parameters())
