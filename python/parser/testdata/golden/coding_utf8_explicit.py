# coding=utf8
α = 'β'; γ = α
