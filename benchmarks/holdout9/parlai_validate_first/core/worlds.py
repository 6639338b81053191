import torch


class Batch(dict):
    __getattr__ = dict.get


class BatchWorld:
    def __init__(self, opt, agent):
        self.opt = opt
        self.agent = agent
        self.metrics = []

    def _make_batch(self):
        bs, v = self.opt["batchsize"], self.opt["vocab"]
        return Batch(text_vec=torch.randint(1, v, (bs, 5)), label_vec=torch.randint(1, v, (bs, 5)))

    def parley(self):
        self.agent.is_training = True
        self.metrics.append(self.agent.batch_act(self._make_batch()))

    def validate(self, num_batches):
        self.agent.is_training = False
        out = [self.agent.batch_act(self._make_batch()) for _ in range(num_batches)]
        self.agent.is_training = True
        return out

    def report(self):
        return {"exs": len(self.metrics)}


def create_task(opt, agent):
    return BatchWorld(opt, agent)
