from .ranker import RankerAgent

_AGENTS = {"ranker": RankerAgent}


def create_agent(opt):
    return _AGENTS[opt["model"]](opt)
