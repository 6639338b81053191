import torch


def trainer(policy, train_collector, test_collector, epochs):
    opt = torch.optim.SGD(policy.parameters(), lr=0.1)
    for epoch in range(epochs):
        policy.train()
        train_collector.collect(2)
        loss = policy(torch.randn(2, 5, 4)).pow(2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        test_collector.collect(1)
