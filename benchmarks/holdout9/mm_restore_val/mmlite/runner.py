import torch


class IterBasedRunner:
    def __init__(self, model, optimizer, work_dir, max_iters):
        self.model = model
        self.optimizer = optimizer
        self.work_dir = work_dir
        self._max_iters = max_iters
        self._hooks = []
        self.iter = 0
        self.log_buffer = []
        self.outputs_history = []

    def register_hook(self, hook):
        self._hooks.append(hook)

    def call_hook(self, fn_name):
        for hook in self._hooks:
            getattr(hook, fn_name)(self)

    def sample_batch(self):
        d = self._data
        x = torch.randn(d["batch"], d["window"], d["in_dim"])
        return x, torch.randn(d["batch"], d["horizon"])

    def train(self, **kwargs):
        self.model.train()
        self.outputs = self.model.train_step(self.sample_batch(), self.optimizer, **kwargs)
        self.call_hook("after_train_iter")
        self.iter += 1

    def run(self, data_cfg):
        self._data = data_cfg
        self.call_hook("before_run")
        self.model.train()
        while self.iter < self._max_iters:
            self.train()
        self.call_hook("after_run")
