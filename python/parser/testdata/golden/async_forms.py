import asyncio


async def main():
    await asyncio.sleep(0)
    x = await f()
    y = await a.b(c)[d]
    async for i in aiter():
        pass
    else:
        pass
    async with lock:
        pass
    async with a as b, c as d:
        pass
    async with (a as b, c):
        pass
    r = [i async for i in aiter()]
    s = {i async for i in aiter() if await p(i)}
    t = {k: v async for k, v in items()}
    u = (i async for i in aiter())
    v = [await x for x in y]
    w = [i for j in k async for i in j]
    return await (await g())


async def gen():
    yield 1
    await x
    return


class C:
    async def method(self):
        return await self.other()

    @decorator
    async def decorated(self):
        async with x:
            async for y in z:
                await y


async def nested():
    async def inner():
        await (-x)
    return inner
