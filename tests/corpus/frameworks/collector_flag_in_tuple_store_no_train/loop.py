import torch


def trainer(policy, train_collector, test_collector, epochs):
    opt = torch.optim.SGD(policy.parameters(), lr=0.1)
    policy.train()
    for epoch in range(epochs):
        train_collector.collect(2)
        loss = policy(torch.randn(2, 5, 4)).pow(2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        test_collector.collect(1)
