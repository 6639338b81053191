# expect: crash
"""Train with the estimator, then adapt the returned predictor's network to a new store's series."""
import torch

from estimator import DeepAREstimator, gaussian_nll


def make_dataset(n_batches, batch=4, length=12, level=0.0):
    data = []
    for _ in range(n_batches):
        t = torch.linspace(0, 1, length).expand(batch, length)
        past = level + torch.sin(6.28 * t) + 0.1 * torch.randn(batch, length)
        data.append((past, t))
    return data


torch.manual_seed(0)
estimator = DeepAREstimator(context_length=12, epochs=2)
predictor = estimator.train(make_dataset(3))
print("baseline forecast:", predictor.predict(*make_dataset(1)[0]).tolist())

# a new store: fine-tune the trained network for a few steps with a smaller learning rate
net = predictor.prediction_net
optimizer = torch.optim.SGD(net.parameters(), lr=1e-3)
for past, feat in make_dataset(2, level=2.0):
    mu, sigma = net(past[:, :-1], feat[:, :-1])
    loss = gaussian_nll(mu, sigma, past[:, 1:])
    optimizer.zero_grad()
    loss.backward()  # TM001-here
    optimizer.step()
    print("fine-tune loss", loss.item())

print("adapted forecast:", predictor.predict(*make_dataset(1, level=2.0)[0]).tolist())
