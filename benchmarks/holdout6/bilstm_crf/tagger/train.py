"""Training loop that prints a decoded sample every few steps."""
import torch


def train(model, data, epochs=2, lr=0.05, show_every=3, id2tag=None):
    optimizer = torch.optim.SGD(model.parameters(), lr=lr, weight_decay=1e-4)
    model.train()
    step = 0
    for epoch in range(epochs):
        for tokens, tags in data:
            model.zero_grad()
            loss = model.neg_log_likelihood(tokens, tags)
            loss.backward()  # TM001-here
            optimizer.step()
            step += 1
            if step % show_every == 0:
                pred = model.predict(tokens[:1])[0].tolist()
                print(epoch, step, round(loss.item(), 3), [id2tag[i] for i in pred] if id2tag else pred)
    return model
