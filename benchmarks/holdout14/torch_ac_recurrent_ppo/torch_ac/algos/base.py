from abc import ABC, abstractmethod
import torch


class DictList(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__


class BaseAlgo(ABC):
    def __init__(self, envs, acmodel, frames_per_proc, discount=0.99, recurrence=1):
        self.envs, self.acmodel = envs, acmodel
        self.num_procs = len(envs)
        self.frames_per_proc, self.discount, self.recurrence = frames_per_proc, discount, recurrence
        self.obs = torch.stack([e.reset() for e in envs])
        self.memory = torch.zeros(self.num_procs, acmodel.memory_size)

    def collect_experiences(self):
        obss, mems, acts, vals, rews, logps = [], [], [], [], [], []
        for i in range(self.frames_per_proc):
            with torch.no_grad():
                dist, value, memory = self.acmodel(self.obs, self.memory)
            action = dist.sample()
            obss.append(self.obs); mems.append(self.memory); acts.append(action)
            vals.append(value); logps.append(dist.log_prob(action))
            self.obs = torch.stack([e.step(a) for e, a in zip(self.envs, action.tolist())])
            rews.append(torch.rand(self.num_procs))
            self.memory = memory
        advs, ret, nxt = [], torch.zeros(self.num_procs), torch.zeros(self.num_procs)
        for t in reversed(range(self.frames_per_proc)):
            ret = rews[t] + self.discount * ret
            advs.insert(0, ret - vals[t])
        T = lambda xs: torch.stack(xs).transpose(0, 1).reshape(-1, *xs[0].shape[1:])
        exps = DictList(obs=T(obss), memory=T(mems), action=T(acts), value=T(vals), advantage=T(advs),
                        log_prob=T(logps))
        exps.returnn = exps.value + exps.advantage
        return exps, {}

    @abstractmethod
    def update_parameters(self, exps):
        ...
