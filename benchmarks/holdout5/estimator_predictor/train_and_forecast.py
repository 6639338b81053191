# expect: clean
# category: framework
"""gluonts-style workflow: estimator.train(dataset) returns a predictor (network in eval mode);
a second estimator is trained for a longer horizon after the first one has forecast."""
import torch

from probts.estimator import DeepAREstimator

torch.manual_seed(13)


def make_dataset(n=3):
    t = torch.arange(20.0)
    return [(torch.sin(t / 3).repeat(4, 1) + 0.1 * torch.randn(4, 20), (t % 7).repeat(4, 1) / 7) for _ in range(n)]


data = make_dataset()
for horizon in (3, 6):
    predictor = DeepAREstimator(prediction_length=horizon).train(data)
    samples = predictor.predict(*data[0])
    print(f"horizon {horizon}: forecast mean {samples.mean().item():.3f} shape {tuple(samples.shape)}")
