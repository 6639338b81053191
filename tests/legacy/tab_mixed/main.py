# Python 2 rendering of tests/corpus/legacy/tab_mixed/main.py, line for line.
"""Python 2: the recurrent layer sits three modules deep in a file whose
indentation mixes tabs and spaces, and evaluate() after each epoch leaves the model in eval mode."""
import torch
import models


def train(model, epochs):
    model.train()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    for epoch in xrange(epochs):
        print 'Training on epoch {}'.format(epoch)
        for idx in range(2):
            traj, label = torch.randn(4, 6, 3), torch.randn(4, 1)
            _, loss = model.eval_on_batch(traj, label)
            optimizer.zero_grad()
            loss.backward()  # TM001-here
            optimizer.step()
            print '\r Progress {:.2f}%'.format((idx + 1) * 50.0),
        print
        evaluate(model)


def evaluate(model):
    model.eval()
    traj, label = torch.randn(2, 6, 3), torch.randn(2, 1)
    _, loss = model.eval_on_batch(traj, label)
    print 'Evaluate loss {}'.format(loss.item())


if __name__ == '__main__':
    torch.manual_seed(0)
    train(models.travel.Net(), 2)
