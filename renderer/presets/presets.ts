// The presets gallery: ordinary scenario files (also usable with `npx schedlab run
// renderer/presets/X.json`) plus, here, what each one teaches, in every UI language. The
// Record<Language, string> type makes a missing translation a type error.
import type { Language } from '../src/i18n/language'
import asyncioTimeout from './asyncio-timeout.json'
import blockingCallInCoroutine from './blocking-call-in-coroutine.json'
import boundedBuffer from './bounded-buffer.json'
import cacheAffinity from './cache-affinity.json'
import cpuBound from './cpu-bound-1-vs-4-cores.json'
import diningPhilosophers from './dining-philosophers.json'
import edfVsRm from './edf-vs-rm-95.json'
import eevdfShortSlice from './eevdf-short-slice.json'
import gameVsBatch from './game-vs-batch.json'
import generatorPipeline from './generator-pipeline.json'
import goHandoff from './go-handoff.json'
import lockContention from './lock-contention.json'
import lotteryVsStride from './lottery-vs-stride.json'
import mlfqInteractive from './mlfq-interactive-vs-hog.json'
import niceLevelsCfs from './nice-levels-cfs.json'
import onlineShopSpike from './online-shop-order-spike.json'
import ostepSjf from './ostep-sjf-vs-fifo.json'
import perCoreBalancing from './per-core-balancing.json'
import priorityInversion from './priority-inversion.json'
import processesVsThreads from './processes-vs-threads.json'
import pythonGil from './python-gil.json'
import rrQuantum from './rr-quantum-too-small-too-large.json'
import threadPerRequest from './thread-per-request-vs-event-loop.json'

type Text = Record<Language, string>

export interface Preset {
  id: string
  /** The file under renderer/presets/. */
  file: string
  /** The scenario JSON; the gallery validates it with sim-core before loading it. */
  scenario: unknown
  title: Text
  /** One line for the card. */
  summary: Text
  /** One paragraph: the lesson. */
  lesson: Text
  /** What to look at in the results, and what to change next. */
  lookAt: Text
}

export const PRESETS: readonly Preset[] = [
  {
    id: 'cpu-bound-1-vs-4-cores',
    file: 'cpu-bound-1-vs-4-cores.json',
    scenario: cpuBound,
    title: { en: 'CPU-bound work on 1 vs 4 cores', zh: '计算密集型任务：1 核与 4 核' },
    summary: {
      en: 'More cores help exactly as far as there are runnable threads.',
      zh: '多核的收益，取决于有多少可运行的线程。'
    },
    lesson: {
      en: 'Four threads that only compute, with no I/O to overlap. On one core they take turns, so each finishes only when nearly all the work is done; on four cores each thread gets its own core and the whole job takes a quarter of the time. Beyond four cores nothing improves, because there is no fifth thread to run.',
      zh: '四个只做计算、没有 I/O 可以重叠的线程。单核时它们轮流运行，每个线程都要等到几乎所有工作完成才结束；四核时每个线程独占一个核，总时间缩短为四分之一。超过四个核也不会更快，因为没有第五个线程可以运行。'
    },
    lookAt: {
      en: 'Makespan and core utilization. Set Cores to 4 and run again; then try 8 and watch utilization fall to one half.',
      zh: '看完成时间（makespan）和各核利用率。把核数改为 4 再运行，然后试试 8 核，利用率会降到一半。'
    }
  },
  {
    id: 'thread-per-request-vs-event-loop',
    file: 'thread-per-request-vs-event-loop.json',
    scenario: threadPerRequest,
    title: { en: 'Thread per request vs event loop', zh: '每请求一线程 vs 事件循环' },
    summary: {
      en: 'I/O-bound requests: kernel threads and context switches, or coroutines on one thread.',
      zh: 'I/O 密集型请求：内核线程加上下文切换，还是单线程上的协程。'
    },
    lesson: {
      en: 'Sixteen requests that each compute for 3 ms in total around a 30 ms wait for the network, served twice on one core. First every request gets its own kernel thread: the kernel switches between them and pays 2 ms per context switch, about as much as the work itself. From t=150 the same requests run as coroutines on one event-loop thread: an await suspends only the coroutine, and a switch between coroutines costs nothing here. For I/O-bound work more threads do not make the network faster; they add switches.',
      zh: '十六个请求，每个在等待网络 30 毫秒的前后共计算 3 毫秒，在单核上分两次处理。第一次为每个请求创建一个内核线程：由内核在它们之间调度，每次上下文切换耗时 2 毫秒，几乎和工作本身一样多。从 t=150 起，同样的请求作为协程运行在一个事件循环线程上：await 只挂起协程本身，协程之间的切换在这里没有开销。对 I/O 密集型任务，更多线程并不能让网络更快，只会增加切换。'
    },
    lookAt: {
      en: 'Context switches, the hatched switch overhead, and the turnaround of the requests in each half: about 72 ms as threads (Avg turnaround, which also counts the loop’s host thread) and 53 ms as coroutines (Avg coroutine turnaround). Then set Cores to 2: the threads use both cores while the single loop cannot, which is why servers run one event loop per core.',
      zh: '看上下文切换次数、斜线表示的切换开销，以及前后两半请求的周转时间：作为线程约 72 毫秒（“平均周转时间”，其中也计入了事件循环的宿主线程），作为协程约 53 毫秒（“协程平均周转时间”）。然后把核数改为 2：线程能用上两个核，而单个事件循环不能，这就是服务器通常每个核运行一个事件循环的原因。'
    }
  },
  {
    id: 'blocking-call-in-coroutine',
    file: 'blocking-call-in-coroutine.json',
    scenario: blockingCallInCoroutine,
    title: { en: 'A blocking call inside a coroutine', zh: '协程中的阻塞调用' },
    summary: {
      en: 'One synchronous read stalls every coroutine on the same thread.',
      zh: '一次同步读取，就让同一线程上的所有协程停顿。'
    },
    lesson: {
      en: 'An event loop runs a ticker that wakes every 4 ms and two requests that await the network. A third request calls a blocking read (io) instead of awaiting it. The kernel only sees the host thread, so the whole thread blocks for 30 ms: the ticker misses its beats and the other requests cannot continue, even though the CPU is idle. This is why asyncio and Node warn against blocking calls on the event loop.',
      zh: '一个事件循环运行着每 4 毫秒唤醒一次的计时协程和两个 await 网络的请求。第三个请求调用了阻塞读取（io），而不是 await。内核只看得到宿主线程，于是整个线程阻塞 30 毫秒：计时协程错过节拍，其他请求也无法继续，尽管 CPU 是空闲的。这就是 asyncio 和 Node 都警告不要在事件循环上做阻塞调用的原因。'
    },
    lookAt: {
      en: "The ticker's stalled time and the gap in the host thread's lane. Change legacy-read's io to await and run again.",
      zh: '看计时协程的停顿时间（stalled）和宿主线程泳道上的空档。把 legacy-read 的 io 改成 await 再运行。'
    }
  },
  {
    id: 'processes-vs-threads',
    file: 'processes-vs-threads.json',
    scenario: processesVsThreads,
    title: { en: 'Processes vs threads: the price of a switch', zh: '进程与线程：切换的代价' },
    summary: {
      en: 'The same work as threads of one process, then as separate processes.',
      zh: '同样的工作，先作为一个进程的多个线程，再作为多个独立进程。'
    },
    lesson: {
      en: 'Switching between threads of one process keeps the address space; switching to another process changes it (page tables, TLB), which costs more. Here the same four jobs run twice on one core with a 4 ms quantum: first as threads of one process (1 ms per switch), then from t=200 as four processes (6 ms per switch). The second half does the same work but spends much of its time switching.',
      zh: '同一进程内的线程切换不必更换地址空间；切换到另一个进程则要更换地址空间（页表、TLB），代价更高。这里同样的四个任务在单核上以 4 毫秒时间片运行两次：先作为同一进程的四个线程（每次切换 1 毫秒），从 t=200 起再作为四个进程（每次切换 6 毫秒）。后半段做的是同样的工作，却有大量时间花在切换上。'
    },
    lookAt: {
      en: 'The hatched switch overhead on the core, and the turnaround of worker-1…4 against proc-1…4. Try a larger quantum to shrink the difference.',
      zh: '看核上斜线表示的切换开销，以及 worker-1…4 与 proc-1…4 的周转时间。加大时间片，差距会缩小。'
    }
  },
  {
    id: 'rr-quantum-too-small-too-large',
    file: 'rr-quantum-too-small-too-large.json',
    scenario: rrQuantum,
    title: { en: 'Round robin: quantum too small, too large', zh: '时间片轮转：时间片太小与太大' },
    summary: {
      en: 'Too small wastes the CPU on switches; too large turns RR into FCFS.',
      zh: '太小，CPU 浪费在切换上；太大，轮转就退化成先来先服务。'
    },
    lesson: {
      en: 'Three CPU-bound batch jobs share one core with an editor that needs 1 ms of CPU after every keystroke. Each context switch costs 2 ms. With a 1 ms quantum two thirds of the core goes to switching. With a 100 ms quantum switches are rare, but the editor waits behind whole batch jobs and feels frozen. A quantum somewhat longer than a typical burst (here about 5 ms) keeps both overhead and response time low.',
      zh: '三个计算密集型批处理任务与一个编辑器共享一个核，编辑器每次按键后需要 1 毫秒 CPU。每次上下文切换耗时 2 毫秒。时间片为 1 毫秒时，三分之二的 CPU 时间花在切换上；时间片为 100 毫秒时切换很少，但编辑器要排在整个批处理任务之后，用起来像卡住了一样。时间片略长于典型的 CPU 突发（这里约 5 毫秒），开销和响应时间都能保持较低。'
    },
    lookAt: {
      en: "Utilization, context switches, and the editor's response and waiting time. Set Quantum to 1, 5 and 100 and compare.",
      zh: '看利用率、上下文切换次数，以及编辑器的响应时间和等待时间。把时间片分别设为 1、5、100 进行比较。'
    }
  },
  {
    id: 'game-vs-batch',
    file: 'game-vs-batch.json',
    scenario: gameVsBatch,
    title: {
      en: "A game's interactive thread next to batch work",
      zh: '游戏的交互线程与后台批处理'
    },
    summary: {
      en: 'Response time of a 60 fps frame loop under fcfs, rr and priority.',
      zh: '60 帧的渲染循环在 fcfs、rr 和优先级调度下的响应时间。'
    },
    lesson: {
      en: 'A game needs 3 ms of CPU every 16 ms to draw a frame; two video encoders want 120 ms each. Under fcfs the encoders, once started, run to completion and the game freezes for a quarter of a second. Under rr the frame thread waits at most a few quanta after each wakeup. Under preemptive priority (the game has priority 0, the most important) it runs the moment it wakes, and the encoders simply use what is left.',
      zh: '游戏每 16 毫秒需要 3 毫秒 CPU 来绘制一帧；两个视频编码器各需要 120 毫秒。在 fcfs 下，编码器一旦开始就一直运行到结束，游戏会卡住四分之一秒。在 rr 下，渲染线程每次唤醒后最多等待几个时间片。在抢占式优先级调度下（游戏的优先级为 0，即最重要），它一醒来就立即运行，编码器只使用剩下的时间。'
    },
    lookAt: {
      en: "The frame thread's waiting and response time. Set Policy to rr (quantum 4), then to priority, and run each.",
      zh: '看渲染线程的等待时间和响应时间。把调度策略改为 rr（时间片 4），再改为 priority，分别运行。'
    }
  },
  {
    id: 'lock-contention',
    file: 'lock-contention.json',
    scenario: lockContention,
    title: { en: 'Lock contention', zh: '锁竞争' },
    summary: {
      en: 'Four cores, one lock: the critical section sets the pace.',
      zh: '四个核、一把锁：临界区决定了速度。'
    },
    lesson: {
      en: "Four workers on four cores repeat: 2 ms of private work, then 4 ms inside a critical section guarded by one mutex. Only one thread can hold the lock, so at most one is in the critical section at a time and the others block waiting for it. By Amdahl's law the serialized two thirds bound the speed-up, whatever the core count.",
      zh: '四个工作线程在四个核上反复执行：2 毫秒的私有计算，然后在一个互斥锁保护的临界区内执行 4 毫秒。同一时刻只有一个线程能持有锁，其他线程只能阻塞等待。根据阿姆达尔定律，被串行化的三分之二决定了加速比的上限，与核数无关。'
    },
    lookAt: {
      en: 'Blocked time (lock waits) per thread and core utilization. Shorten the cpu inside lock…unlock and watch utilization rise.',
      zh: '看每个线程的阻塞时间（等锁）和各核利用率。缩短 lock…unlock 之间的 cpu，利用率会上升。'
    }
  },
  {
    id: 'priority-inversion',
    file: 'priority-inversion.json',
    scenario: priorityInversion,
    title: {
      en: 'Priority inversion with and without inheritance',
      zh: '优先级反转：有无优先级继承'
    },
    summary: {
      en: 'A medium-priority job delays a high-priority one through a lock.',
      zh: '中优先级任务通过一把锁，间接拖延了高优先级任务。'
    },
    lesson: {
      en: 'The low-priority logger takes the bus lock. The high-priority control thread arrives and needs the lock, so it blocks. Then a medium-priority computation arrives: it preempts the logger, which still holds the lock, so control waits for a job that has nothing to do with it. This stalled the Mars Pathfinder in 1997. With priority inheritance the lock holder runs at the priority of its highest waiter, finishes its critical section, and control runs.',
      zh: '低优先级的日志线程拿到了总线锁。高优先级的控制线程到达后需要这把锁，只能阻塞。随后中优先级的计算任务到达，抢占了仍持有锁的日志线程，于是控制线程要等待一个与它毫无关系的任务。1997 年火星探路者号就因此反复重启。采用优先级继承后，持锁者以等待者中的最高优先级运行，尽快完成临界区，控制线程随即运行。'
    },
    lookAt: {
      en: "control's turnaround. Select Locks in the tree, set bus's protocol to inheritance, and run again.",
      zh: '看 control 的周转时间。在左侧树中选择“锁”，把 bus 的协议改为 inheritance（优先级继承），再运行一次。'
    }
  },
  {
    id: 'dining-philosophers',
    file: 'dining-philosophers.json',
    scenario: diningPhilosophers,
    title: { en: 'Dining philosophers: deadlock', zh: '哲学家就餐：死锁' },
    summary: {
      en: 'Everyone holds one fork and waits for the next: a cycle.',
      zh: '每人拿着一把叉子，等待下一把：形成环路。'
    },
    lesson: {
      en: 'Five philosophers sit around a table with a fork between each pair. Each thinks, picks up the left fork, then the right one. With five cores they all pick up their left fork at the same moment and then wait forever for the right one: all four Coffman conditions hold (mutual exclusion, hold and wait, no preemption, circular wait). The run ends with status deadlock and the cycle of waiting threads.',
      zh: '五位哲学家围坐在桌旁，每两人之间有一把叉子。每个人先思考，然后拿起左边的叉子，再拿右边的。五个核上，他们同时拿起左边的叉子，然后永远等待右边的那把：死锁的四个必要条件（互斥、占有并等待、不可抢占、循环等待）全部成立。运行以 deadlock 状态结束，并给出等待环路。'
    },
    lookAt: {
      en: 'The status and the deadlock cycle. Break the cycle: make philosopher-4 lock fork-0 before fork-4 (a global lock order) and run again.',
      zh: '看运行状态和死锁环路。打破循环等待：让 philosopher-4 先锁 fork-0 再锁 fork-4（统一加锁顺序），再运行。'
    }
  },
  {
    id: 'ostep-sjf-vs-fifo',
    file: 'ostep-sjf-vs-fifo.json',
    scenario: ostepSjf,
    title: { en: 'OSTEP homework: SJF vs FIFO', zh: 'OSTEP 作业：SJF 与 FIFO' },
    summary: {
      en: 'scheduler.py -p SJF -l 300,200,100, with the answers you can check.',
      zh: 'scheduler.py -p SJF -l 300,200,100，附可核对的答案。'
    },
    lesson: {
      en: 'The workload of the chapter 7 homework: three jobs of length 300, 200 and 100 arrive together. Shortest job first runs them shortest first, so the average turnaround is (100 + 300 + 600) / 3 = 333.33 and the average response (0 + 100 + 300) / 3 = 133.33. FIFO runs them in arrival order: turnaround 466.67, response 266.67. `npx schedlab ostep scheduler -p SJF -l 300,200,100` gives the same numbers as scheduler.py.',
      zh: '第 7 章作业的负载：长度为 300、200、100 的三个作业同时到达。最短作业优先（SJF）先运行最短的，平均周转时间为 (100 + 300 + 600) / 3 = 333.33，平均响应时间为 (0 + 100 + 300) / 3 = 133.33。FIFO 按到达顺序运行：周转时间 466.67，响应时间 266.67。`npx schedlab ostep scheduler -p SJF -l 300,200,100` 给出与 scheduler.py 相同的结果。'
    },
    lookAt: {
      en: 'Average turnaround and response. Set Policy to fcfs, then rr with quantum 1, and compare with the homework answers.',
      zh: '看平均周转时间和平均响应时间。把调度策略改为 fcfs，再改为时间片为 1 的 rr，与作业答案对照。'
    }
  },
  {
    id: 'mlfq-interactive-vs-hog',
    file: 'mlfq-interactive-vs-hog.json',
    scenario: mlfqInteractive,
    title: {
      en: 'MLFQ: an interactive job next to a CPU hog',
      zh: 'MLFQ：交互式作业与 CPU 密集型作业'
    },
    summary: {
      en: 'The multi-level feedback queue learns who is interactive.',
      zh: '多级反馈队列从行为中识别出交互式作业。'
    },
    lesson: {
      en: 'A long CPU-bound job uses up its time slice at every level and sinks to the lowest queue. An interactive job that arrives later gives up the CPU for I/O before its slice ends, so it stays at the top and runs as soon as it is ready. MLFQ approximates shortest-job-first without knowing job lengths, by watching how each job uses the CPU (OSTEP chapter 8).',
      zh: '长时间运行的 CPU 密集型作业在每一级都用完时间片，逐级下沉到最低队列。稍后到达的交互式作业在时间片用完之前就因 I/O 让出 CPU，因此一直留在最高级，一就绪就能运行。MLFQ 不需要预先知道作业长度，而是通过观察作业如何使用 CPU 来近似最短作业优先（OSTEP 第 8 章）。'
    },
    lookAt: {
      en: "The interactive job's response and waiting time next to the hog's. Try the same scenario with fcfs.",
      zh: '对比交互式作业与 CPU 密集型作业的响应时间和等待时间。再用 fcfs 运行同一场景比较。'
    }
  },
  {
    id: 'per-core-balancing',
    file: 'per-core-balancing.json',
    scenario: perCoreBalancing,
    title: {
      en: 'Per-core queues: balancing and migration',
      zh: '每核运行队列：负载均衡与迁移'
    },
    summary: {
      en: 'One queue per core scales, until the queues go uneven; stealing evens them out.',
      zh: '每个核一个队列便于扩展，但队列会变得不均；任务窃取让它们重新均衡。'
    },
    lesson: {
      en: 'Eight media jobs start together on four cores, each core with its own run queue and its own cache, as in Linux, Windows and Go’s runtime. Placement spreads them two to a queue: the long encodes land on cores 0 and 1, the short thumbnails on cores 2 and 3, which are done with them by 24 ms. Instead of idling beside two full queues, an idle core steals a waiting thread, and every 25 ms a balancer evens out the queue lengths. Each move is a migration: the thread pays the 3 ms migration cost and starts cold in its new core’s cache, so the scheduler moves work only when a core would otherwise idle. At 40 ms four web requests arrive and go to the least loaded queues.',
      zh: '八个媒体任务同时在四个核上开始，每个核有自己的运行队列和缓存，就像 Linux、Windows 和 Go 运行时那样。放置策略把它们每两个放进一个队列：长的编码任务落在核 0 和核 1 上，短的缩略图任务落在核 2 和核 3 上，它们在 24 毫秒前就做完了。空闲的核不会守着另外两个满队列空转，而是窃取一个等待中的线程；每 25 毫秒负载均衡器还会拉平各队列的长度。每次移动都是一次迁移：线程付出 3 毫秒的迁移开销，并在新核的缓存中从冷开始，所以调度器只在核即将空闲时才移动任务。40 毫秒时四个 Web 请求到达，被放到负载最轻的队列中。'
    },
    lookAt: {
      en: 'The run-queue chart (Utilization tab, one line per core), the purple migration markers and the hatched warm running on the timeline, and Migrations and Warm in the Metrics table (Per core): 4 migrations, 148 ms of warm running, all done at 83 ms. Then select Scheduler in the tree, untick Idle cores steal, set Balance interval to 0 and run again: no migrations, but cores 2 and 3 idle for about 70 ms and the run takes 115 ms. Then choose One shared queue: every core takes the next thread from the same queue, threads hop between cores (19 migrations), only 90 ms runs warm, and the run takes 129 ms.',
      zh: '看运行队列长度图（“利用率”页，每个核一条线）、时间线上紫色的迁移标记和斜线表示的热运行，以及“指标”表（按核）中的“迁移次数”和“热运行”：4 次迁移，148 毫秒热运行，83 毫秒全部完成。然后在左侧树中选择“调度器”，取消“空闲核窃取任务”，把“均衡间隔”设为 0，再运行：没有迁移，但核 2 和核 3 空闲约 70 毫秒，整个运行需要 115 毫秒。再选择“所有核共享一个队列”：每个核都从同一个队列取下一个线程，线程在核之间来回跳（19 次迁移），热运行只剩 90 毫秒，运行需要 129 毫秒。'
    }
  },
  {
    id: 'cache-affinity',
    file: 'cache-affinity.json',
    scenario: cacheAffinity,
    title: {
      en: 'Cache affinity: why the scheduler keeps a thread on its core',
      zh: '缓存亲和性：调度器为什么让线程留在原来的核上'
    },
    summary: {
      en: 'A thread runs faster on the core whose cache still holds its data.',
      zh: '线程在缓存里还留着它的数据的那个核上运行得更快。'
    },
    lesson: {
      en: 'A thread that has run on a core for a while finds its data in that core’s cache and runs faster there: here it is warm after 10 ms of running on a core, and then does 2 ms of work per ms. Each core’s cache holds two of the four sorting threads’ working sets (45 of 100 each). With one run queue per core the scheduler keeps each thread where it is: sort-1 is pinned to core 0 and sort-2 to core 1 by their affinity, and sort-3 and sort-4 stay in the queues they were placed in (sort-3 moves once, at 151 ms, when core 1 runs out of work). So most of their running is warm (hatched on the timeline): each sort needs 65–70 ms of CPU for its 120 ms of work, and all four are done by 164 ms. A logger that wakes up six times shares the cores.',
      zh: '线程在一个核上运行一段时间后，它的数据已在该核的缓存中，于是在那里运行得更快：这里线程在一个核上运行 10 毫秒后变热，此后每毫秒完成 2 毫秒的工作。每个核的缓存能放下四个排序线程中两个的工作集（每个 45，缓存 100）。每个核一个运行队列时，调度器让每个线程留在原处：sort-1 和 sort-2 分别通过亲和性绑定在核 0 和核 1 上，sort-3 和 sort-4 留在最初放入的队列（sort-3 只在 151 毫秒核 1 没有工作时移动一次）。因此它们大部分时间都是热运行（时间线上以斜线表示）：每个排序线程用 65–70 毫秒的 CPU 完成 120 毫秒的工作，四个都在 164 毫秒前完成。另有一个唤醒六次的日志线程共享这些核。'
    },
    lookAt: {
      en: 'Warm and Cold in the Metrics table (per thread and per core) and the hatched segments on the timeline. Then select Scheduler in the tree, choose One shared queue and run again: every core takes the next thread from the one queue, sort-3 and sort-4 hop between cores (5 migrations each) and run cold for 60 ms instead of 10–20, and the sorts finish at 215 ms instead of 164. Select Machine and untick Each core has a cache to see the work without caches: 120 ms of CPU per sort, done at 284 ms.',
      zh: '看“指标”表中的“热运行”和“冷运行”（按线程和按核），以及时间线上的斜线段。然后在左侧树中选择“调度器”，改为“所有核共享一个队列”，再运行：每个核都从同一个队列取下一个线程，sort-3 和 sort-4 在核之间来回跳（各迁移 5 次），冷运行 60 毫秒而不是 10–20 毫秒，排序线程在 215 毫秒而不是 164 毫秒完成。再选择“机器”，取消“每个核都有缓存”，看看没有缓存时的情况：每个排序线程需要 120 毫秒 CPU，284 毫秒才完成。'
    }
  },
  {
    id: 'nice-levels-cfs',
    file: 'nice-levels-cfs.json',
    scenario: niceLevelsCfs,
    title: { en: 'Nice levels under CFS', zh: 'CFS 下的 nice 值' },
    summary: {
      en: 'What nice 5 and nice 10 buy: a weight, and a share of the CPU in proportion to it.',
      zh: 'nice 5 和 nice 10 意味着什么：一个权重，以及与之成比例的 CPU 份额。'
    },
    lesson: {
      en: 'Three CPU-bound processes of 300 ms each at nice 0, 5 and 10 on one core under CFS. Linux turns nice into a weight (1024, 335 and 110; each level about 1.25×) and CFS runs the thread with the smallest virtual runtime, which grows by CPU time × 1024 / weight. So while all three run the CPU is split 1024 : 335 : 110, i.e. 70.4 % : 23.0 % : 7.6 %: nice 0 finishes at 428 ms (it got 300 of the first 428 ms, 70 %), nice 5 at 698 ms and nice 10 last at 900 ms. Nice does not change how much work there is, only who gets the CPU first.',
      zh: '单核 CFS 下三个各需 300 毫秒 CPU 的计算密集型进程，nice 值分别为 0、5、10。Linux 把 nice 换算成权重（1024、335、110；每级约 1.25 倍），CFS 总是运行虚拟运行时间最小的线程，而虚拟运行时间按 CPU 时间 × 1024 / 权重增长。因此三者都在运行时 CPU 按 1024 : 335 : 110 分配，即 70.4% : 23.0% : 7.6%：nice 0 在 428 毫秒完成（前 428 毫秒中得到 300 毫秒，70%），nice 5 在 698 毫秒，nice 10 最后在 900 毫秒完成。nice 不改变工作量，只改变谁先得到 CPU。'
    },
    lookAt: {
      en: 'The finish times in the Metrics table (428, 698 and 900 ms) and the timeline: nice 0 gets the long turns. Select the nice5 process and set Nice to 0: the two share equally. Switch the policy to eevdf: the same shares (finishes 430, 701, 900 ms) in shorter turns.',
      zh: '看“指标”表中的完成时间（428、698、900 毫秒）和时间线：nice 0 得到较长的运行时段。选中 nice5 进程，把 Nice 改为 0：两者平分 CPU。把算法换成 eevdf：份额相同（完成于 430、701、900 毫秒），但每次运行更短。'
    }
  },
  {
    id: 'eevdf-short-slice',
    file: 'eevdf-short-slice.json',
    scenario: eevdfShortSlice,
    title: {
      en: 'EEVDF: a short slice for the latency-sensitive thread',
      zh: 'EEVDF：为延迟敏感的线程设置短时间片'
    },
    summary: {
      en: 'A shorter slice request gets a thread the CPU sooner, not more of it.',
      zh: '请求更短的时间片，让线程更早得到 CPU，而不是得到更多。'
    },
    lesson: {
      en: 'Two CPU-bound batch threads (300 ms each) and an audio mixer that wakes every 20 ms for 1 ms of work, on one core under EEVDF with a 12 ms base slice. EEVDF runs the eligible thread with the earliest virtual deadline, vruntime + slice × 1024 / weight. The mixer asks for a 1 ms slice (the thread field Slice), so its deadline is close and, eligible at its wake-up, it preempts a batch thread instead of waiting for the batch thread’s 12 ms turn to end. Here the mixer first runs at once (response 0 ms instead of 12) and waits 42 ms in all over its 20 wake-ups instead of 63; it finishes at 442 ms instead of 463. Its share of the CPU does not grow: slices change latency, weights change shares.',
      zh: '单核 EEVDF（基础时间片 12 毫秒）下有两个各需 300 毫秒的批处理线程，以及一个每 20 毫秒醒来工作 1 毫秒的音频混音线程。EEVDF 运行合格线程中虚拟截止时间（vruntime + 时间片 × 1024 / 权重）最早的那个。混音线程请求 1 毫秒的时间片（线程字段“时间片”），因此它的截止时间很近，醒来时若合格就会抢占批处理线程，而不必等批处理线程的 12 毫秒用完。在这里混音线程第一次立即运行（响应时间 0 毫秒而不是 12），20 次唤醒共等待 42 毫秒而不是 63，在 442 毫秒而不是 463 毫秒完成。它的 CPU 份额并没有增加：时间片影响延迟，权重影响份额。'
    },
    lookAt: {
      en: 'The mixer’s Response and Waiting in the Metrics table (0 and 42 ms). Select the mixer thread and clear Slice, then run again: response 12 ms, waiting 63 ms. The batch threads finish at about 614–620 ms either way.',
      zh: '看“指标”表中混音线程的响应时间和等待时间（0 和 42 毫秒）。选中混音线程，清空“时间片”后再运行：响应时间 12 毫秒，等待 63 毫秒。两种情况下批处理线程都在约 614–620 毫秒完成。'
    }
  },
  {
    id: 'lottery-vs-stride',
    file: 'lottery-vs-stride.json',
    scenario: lotteryVsStride,
    title: { en: 'Lottery vs stride', zh: '彩票调度与步长调度' },
    summary: {
      en: 'Proportional share by random draws, or deterministically by passes.',
      zh: '按比例分配 CPU：随机抽签，或按行程值确定地分配。'
    },
    lesson: {
      en: 'Three CPU-bound processes of 100 ms each holding 100, 200 and 700 tickets on one core, quantum 1 ms (OSTEP chapter 9). The lottery draws a winning ticket for every quantum, so C (70 % of the tickets) gets about 70 % of the CPU, but only on average: with seed 1 C finishes at 136 ms, B at 242 and A at 300, while the exact shares would finish C at 143 ms and B at 250. Stride gives each thread a pass that grows by 1 / tickets per quantum and runs the smallest: C finishes at 144 ms and B at 250, within one quantum of exact at every moment.',
      zh: '单核上三个各需 100 毫秒的计算密集型进程，分别持有 100、200、700 张彩票，时间片 1 毫秒（OSTEP 第 9 章）。彩票调度每个时间片抽一张中奖彩票，所以 C（70% 的彩票）大约得到 70% 的 CPU，但只是平均而言：种子为 1 时 C 在 136 毫秒完成，B 在 242，A 在 300，而精确按比例应是 C 在 143 毫秒、B 在 250 毫秒完成。步长调度给每个线程一个行程值（pass），每运行一个时间片增加 1 / 票数，总是运行行程值最小者：C 在 144 毫秒、B 在 250 毫秒完成，任何时刻都与精确份额相差不超过一个时间片。'
    },
    lookAt: {
      en: 'The finish times in the Metrics table and the timeline’s irregular pattern. Change the scenario’s Seed and run again: the lottery’s finishes move. Then switch the policy to stride: a regular pattern and finishes 144, 250 and 300 ms whatever the seed.',
      zh: '看“指标”表中的完成时间和时间线上不规则的图案。修改场景的随机种子后再运行：彩票调度的完成时间会变化。然后把算法换成 stride：规则的图案，完成时间为 144、250、300 毫秒，与种子无关。'
    }
  },
  {
    id: 'edf-vs-rm-95',
    file: 'edf-vs-rm-95.json',
    scenario: edfVsRm,
    title: { en: 'EDF vs RM at 95% utilization', zh: '95% 利用率下的 EDF 与 RM' },
    summary: {
      en: 'Above the Liu–Layland bound RM misses deadlines; EDF meets them all up to U = 1.',
      zh: '超过 Liu–Layland 界限时 RM 会错过截止期限；EDF 在 U = 1 以内全部满足。'
    },
    lesson: {
      en: 'Two periodic threads on one core: audio needs 2 ms every 8 ms and video 7 ms every 10 ms, each job due at the next release. U = 2/8 + 7/10 = 0.95: above the rate-monotonic bound for two tasks, 2(√2 − 1) = 0.828, but within EDF’s bound of 1. Rate monotonic gives audio (the shorter period) the higher priority, so video’s first job is preempted at 8 ms and is still 1 ms short at its deadline, 10 ms: it is dropped. That repeats every 40 ms: 5 of video’s 20 jobs are missed. Earliest deadline first runs the job due soonest and meets all 45 deadlines.',
      zh: '单核上两个周期线程：audio 每 8 毫秒需要 2 毫秒，video 每 10 毫秒需要 7 毫秒，每个作业的截止期限是下一次释放。U = 2/8 + 7/10 = 0.95：高于两个任务的速率单调界限 2(√2 − 1) = 0.828，但在 EDF 的界限 1 以内。速率单调（RM）给周期更短的 audio 更高优先级，于是 video 的第一个作业在 8 毫秒被抢占，到 10 毫秒的截止期限时还差 1 毫秒，被丢弃。这种情况每 40 毫秒重复一次：video 的 20 个作业中有 5 个错过截止期限。最早截止期限优先（EDF）总是运行最先到期的作业，45 个截止期限全部满足。'
    },
    lookAt: {
      en: 'The utilization bound above the results and in the scheduler’s inspector, and the Jobs view of the Metrics table: 5 missed jobs of media/video (jobs 0, 4, 8, 12, 16). Select Scheduler in the tree, choose edf and run again: 0 misses, and no preemptions at all.',
      zh: '看结果上方和调度器检查器中的利用率界限，以及“指标”表的“作业”视图：media/video 有 5 个作业错过截止期限（第 0、4、8、12、16 个）。在左侧树中选择“调度器”，改为 edf 再运行：没有错过，也完全没有抢占。'
    }
  },
  {
    id: 'go-handoff',
    file: 'go-handoff.json',
    scenario: goHandoff,
    title: {
      en: 'Go: a blocking system call with and without hand-off',
      zh: 'Go：有无移交（hand-off）时的阻塞系统调用'
    },
    summary: {
      en: 'One blocking read stalls a worker’s goroutines, unless another thread takes them over.',
      zh: '一次阻塞读取会让工作线程上的 goroutine 停顿，除非由另一个线程接管它们。'
    },
    lesson: {
      en: 'A goroutine reads a file with a blocking system call (100 ms) on a Go-like M:N runtime with one worker, next to three goroutines that each need 10 ms of CPU. Without hand-off (the first run) the worker thread is blocked in the read, and g1, g2 and g3 stall behind it although a core is idle: they finish at 112, 122 and 132 ms. From t=150 the same program with hand-off: when the read blocks, the runtime hands the worker’s queue to a new thread (go.m1), which runs the three goroutines while the read goes on; they finish 14, 24 and 34 ms after they arrive. Go’s scheduler does this around every blocking system call: the processor (P) leaves the blocked thread (M) for another one.',
      zh: '在一个只有一个工作线程的类 Go M:N 运行时上，一个 goroutine 用阻塞系统调用读取文件（100 毫秒），旁边还有三个各需 10 毫秒 CPU 的 goroutine。没有移交时（第一次运行），工作线程阻塞在读取中，尽管有核空闲，g1、g2、g3 仍排在它后面停顿：分别在 112、122、132 毫秒完成。从 t=150 起是开启移交的同一程序：读取一阻塞，运行时就把该工作线程的队列交给一个新线程（go.m1），它在读取进行的同时运行这三个 goroutine；它们在到达后 14、24、34 毫秒就完成了。Go 的调度器在每次阻塞系统调用时都这样做：处理器（P）离开被阻塞的线程（M），交给另一个线程。'
    },
    lookAt: {
      en: 'The coroutines’ stalled time (Metrics, per coroutine): 100 ms for g1–g3 without hand-off, 0 with it. The thread-count chart on the Utilization tab: the hand-off runtime goes from 1 thread to 2 at 153 ms. Then select the second runtime’s thread (handoff › go), set Most threads to 1 and run again: no thread can be added, and g1–g3 wait for the read as in the first run.',
      zh: '看协程的停顿时间（“指标”中按协程查看）：没有移交时 g1–g3 各停顿 100 毫秒，有移交时为 0。看“利用率”页上的线程数图表：开启移交的运行时在 153 毫秒从 1 个线程变为 2 个。然后选中第二个运行时的线程（handoff › go），把“最大线程数”设为 1 再运行：无法新增线程，g1–g3 又像第一次那样等待读取结束。'
    }
  },
  {
    id: 'python-gil',
    file: 'python-gil.json',
    scenario: pythonGil,
    title: {
      en: 'Python: threads vs processes for CPU-bound work',
      zh: 'Python：计算密集型任务用线程还是进程'
    },
    summary: {
      en: 'The GIL lets one thread compute at a time; processes each have their own.',
      zh: 'GIL 同一时刻只让一个线程计算；每个进程都有自己的 GIL。'
    },
    lesson: {
      en: 'Two threads of one Python process each need 50 ms of CPU, on two cores. With the GIL only the thread that holds the interpreter lock may compute, and it hands the lock over every 5 ms (CPython’s switch interval, sys.getswitchinterval()). So the two threads take turns on one core while the other core idles: they finish at 113 and 119 ms, later than one thread doing all the work alone, and each spends more than 50 ms waiting for the GIL. From t=150 the same work runs as two processes (multiprocessing): each has its own interpreter and its own lock, so they run in parallel and both finish 52 ms after they start. This is why Python threads do not speed up CPU-bound code, while processes do.',
      zh: '一个 Python 进程的两个线程各需 50 毫秒 CPU，运行在两个核上。有 GIL 时，只有持有解释器锁的线程才能计算，并且每 5 毫秒交出一次锁（CPython 的切换间隔，sys.getswitchinterval()）。于是两个线程在一个核上轮流运行，另一个核空闲：它们在 113 和 119 毫秒完成，比单个线程独自完成全部工作还晚，每个线程等待 GIL 的时间都超过 50 毫秒。从 t=150 起，同样的工作以两个进程运行（multiprocessing）：每个进程有自己的解释器和自己的锁，因此可以并行，两者都在开始后 52 毫秒完成。这就是 Python 线程不能加速计算密集型代码、而进程可以的原因。'
    },
    lookAt: {
      en: 'The GIL-wait pattern (a yellow grid) in the thread lanes, the GIL wait column in the Metrics table, and core 1 idle in the first half. Then select the process threads, untick Interpreter lock (GIL) and run again: t1 and t2 finish at 50 ms, in parallel, like the processes.',
      zh: '看线程泳道中表示等待 GIL 的黄色网格、“指标”表中的 GIL 等待列，以及前半段空闲的核 1。然后选中进程 threads，取消勾选“解释器锁（GIL）”再运行：t1 和 t2 并行运行，都在 50 毫秒完成，和两个进程一样。'
    }
  },
  {
    id: 'generator-pipeline',
    file: 'generator-pipeline.json',
    scenario: generatorPipeline,
    title: { en: 'Generator pipeline: yield and send', zh: '生成器流水线：yield 与 send' },
    summary: {
      en: 'Handing values over a rendezvous: a coroutine switch each time, or a thread switch.',
      zh: '通过会合通道传递值：每次一次协程切换，或一次线程切换。'
    },
    lesson: {
      en: 'A producer computes a value (2 ms) and hands it to a consumer (1 ms of work per value) over a channel of capacity 0, five times. That is a Python generator resumed with send(): the send waits until the consumer takes the value, and control passes to the consumer. First the pair runs as two coroutines of one event loop: each hand-off costs one coroutine switch (1 ms), so the 15 ms of work take 24 ms. From t=60 the same pair runs as two kernel threads on one core: each hand-off is now a thread switch through the kernel (2 ms), and the same work takes 37 ms. Generators and coroutines are cheap exactly because passing control between them never leaves the thread.',
      zh: '生产者计算一个值（2 毫秒），通过容量为 0 的通道交给消费者（每个值 1 毫秒工作），共五次。这就是用 send() 恢复运行的 Python 生成器：发送会等到消费者取走值，控制权随之交给消费者。第一次，这对任务作为一个事件循环上的两个协程运行：每次移交花费一次协程切换（1 毫秒），15 毫秒的工作用了 24 毫秒。从 t=60 起，同样的两者作为单核上的两个内核线程运行：每次移交变成一次经过内核的线程切换（2 毫秒），同样的工作用了 37 毫秒。生成器和协程之所以便宜，正是因为它们之间传递控制权从不离开线程。'
    },
    lookAt: {
      en: 'The hand-off arrows on the timeline (a hook over the loop’s lane, arrows between the two threads’ lanes with Thread lanes on), the loop’s 9 ms of coroutine switches against the threads’ 22 ms of thread switches (Overhead in the Metrics table), and the Channels table: 5 sends and 5 receives on each channel, peak occupancy 0. Then give values a capacity of 5 and run again: the producer no longer waits for each hand-off.',
      zh: '看时间线上的移交箭头（事件循环泳道上方的小钩；勾选“线程泳道”后两个线程之间的箭头），事件循环 9 毫秒的协程切换与线程 22 毫秒的线程切换（“指标”表中的开销列），以及“通道”表：每个通道 5 次发送、5 次接收，最高占用为 0。然后把 values 的容量改为 5 再运行：生产者不再为每次移交而等待。'
    }
  },
  {
    id: 'bounded-buffer',
    file: 'bounded-buffer.json',
    scenario: boundedBuffer,
    title: { en: 'Bounded buffer: producers and consumers', zh: '有界缓冲区：生产者与消费者' },
    summary: {
      en: 'A full buffer stops the producers; an empty one stops the consumers.',
      zh: '缓冲区满时生产者停下，空时消费者停下。'
    },
    lesson: {
      en: 'Two producers make an item every millisecond and two consumers need 4 ms for each, sharing a buffer of capacity 3 on two cores: Python’s queue.Queue(maxsize=3), or a Go channel made with make(chan T, 3). A put blocks only while the buffer is full and a get only while it is empty. The producers are four times faster, so the buffer fills within a few milliseconds and stays full: from then on the producers spend most of their time blocked on the channel (25 ms of send wait in all) and run at the consumers’ pace, while the consumers never wait. A bounded buffer is back-pressure: it keeps fast producers from running away from slow consumers.',
      zh: '两个生产者每毫秒生产一个元素，两个消费者处理每个元素需要 4 毫秒，它们在两个核上共享一个容量为 3 的缓冲区：即 Python 的 queue.Queue(maxsize=3)，或 Go 中用 make(chan T, 3) 创建的通道。只有缓冲区满时 put 才阻塞，只有空时 get 才阻塞。生产者快四倍，缓冲区几毫秒内就满了并一直保持满：此后生产者大部分时间阻塞在通道上（发送等待共 25 毫秒），以消费者的速度前进，而消费者从不等待。有界缓冲区就是背压：它防止快速的生产者把慢速的消费者远远甩在后面。'
    },
    lookAt: {
      en: 'The channel occupancy chart on the Utilization tab (the buffer at 3 while producers wait), the channel-wait pattern in the producers’ lanes, and the Channels table: peak occupancy 3, 25 ms of send wait, no receive wait. Then set the capacity to 0 (a rendezvous) or to 16 and compare the producers’ finish times.',
      zh: '看“利用率”页上的通道占用图（生产者等待时缓冲区保持为 3）、生产者泳道中的通道等待图案，以及“通道”表：最高占用 3，发送等待 25 毫秒，没有接收等待。然后把容量改为 0（会合）或 16，比较生产者的完成时间。'
    }
  },
  {
    id: 'asyncio-timeout',
    file: 'asyncio-timeout.json',
    scenario: asyncioTimeout,
    title: {
      en: 'A timeout on a slow request (asyncio.wait_for)',
      zh: '慢请求的超时（asyncio.wait_for）'
    },
    summary: {
      en: 'A client stops waiting at its timeout and goes on; the late reply is never read.',
      zh: '客户端在超时时停止等待并继续执行；迟到的回复不会被读取。'
    },
    lesson: {
      en: 'Two clients on one event loop each wait for a reply with a 10 ms timeout, like asyncio.wait_for(reader.read(), timeout=10). The fast server answers after 5 ms, so its client gets the reply and finishes at 6 ms. The slow server needs 40 ms: its client stops waiting at its timeout, at 12 ms (it began to wait at 2), counts a timeout and goes on to handle it, finishing at 13. The reply that arrives at 40 ms lands in the channel’s one slot and is never read, like the result of a cancelled future. Had the channel no slot (capacity 0), the late send would wait forever for a receiver and the run would end in deadlock.',
      zh: '一个事件循环上的两个客户端各自以 10 毫秒超时等待回复，就像 asyncio.wait_for(reader.read(), timeout=10)。快速服务器 5 毫秒后回复，它的客户端收到回复，在 6 毫秒完成。慢速服务器需要 40 毫秒：它的客户端在超时时（12 毫秒，从 2 毫秒开始等待）停止等待，记一次超时并继续处理，在 13 毫秒完成。40 毫秒时到达的回复落入通道唯一的槽位，永远不会被读取，就像已取消的 future 的结果。如果通道没有槽位（容量 0），迟到的发送会永远等待接收方，运行将以死锁结束。'
    },
    lookAt: {
      en: 'The Timeouts column of the Channels table (1 on slow-reply) and of the per-coroutine table (slow-client), and slow-reply’s peak occupancy of 1: the unread reply. Then change slow-client’s ops to recv slow-reply timeout 50 and run again: it now waits for the reply and finishes after 40 ms.',
      zh: '看“通道”表和按协程查看的表中的“超时次数”列（slow-reply 和 slow-client 各 1 次），以及 slow-reply 的最高占用 1：那条未读的回复。然后把 slow-client 的操作改为 recv slow-reply timeout 50 再运行：它会等到回复，在 40 毫秒后完成。'
    }
  },
  {
    id: 'online-shop-order-spike',
    file: 'online-shop-order-spike.json',
    scenario: onlineShopSpike,
    title: {
      en: 'Online shop: an order spike on 1, 2 and 4 nodes',
      zh: '网店：1、2、4 个节点上的订单高峰'
    },
    summary: {
      en: 'The same 40 orders on 1, 2 and 4 nodes, and a node going down: replicas decide the wait.',
      zh: '同样的 40 个订单分别发往 1、2、4 个节点，其间一个节点宕机：副本数决定等待时间。'
    },
    lesson: {
      en: 'A spike of 40 orders, one every 2 ms, each needing 6 ms of CPU on a one-core node and 2 ms of network each way, is sent three times: to a shop on 1 node, on 2 nodes and on 4 nodes (round-robin). One node serves an order per 6 ms while three arrive, so its queue grows and order i waits 4i + 10 ms: the last waits 166 ms, the mean is 88. Two nodes each get an order every 4 ms and still fall behind, more slowly: the worst order waits 48 ms. Four nodes each get one every 8 ms and keep up: every order takes 2 + 6 + 2 = 10 ms. At 40 ms node four-4 goes down: the order travelling to it fails (1 failed of 120), and the balancer spreads the rest over three nodes, each getting an order every 6 ms, just enough, so the latency stays at 10 ms.',
      zh: '一个订单高峰：40 个订单，每 2 毫秒一个，每个需要单核节点上 6 毫秒的 CPU，网络单程 2 毫秒。同样的高峰发送三次：分别发往 1 个节点、2 个节点和 4 个节点上的网店（轮询）。一个节点每 6 毫秒处理一个订单，而期间会到达三个，所以队列不断增长，第 i 个订单等待 4i + 10 毫秒：最后一个等待 166 毫秒，平均 88 毫秒。两个节点各自每 4 毫秒收到一个订单，仍然跟不上，只是落后得慢些：最慢的订单等待 48 毫秒。四个节点各自每 8 毫秒收到一个，跟得上：每个订单耗时 2 + 6 + 2 = 10 毫秒。40 毫秒时节点 four-4 宕机：正发往它的那个订单失败（120 个中失败 1 个），负载均衡器把其余订单分给三个节点，每个节点每 6 毫秒收到一个，刚好够用，所以延迟仍保持 10 毫秒。'
    },
    lookAt: {
      en: 'The Requests tab: the latency histogram’s long tail (p99 162 ms overall) and the latency-over-time chart, where the 1-node orders climb in a straight line; the table per service (mean 88, 29 and 10 ms) and node one-1 busy 98.8% of the run. Then set orders-4-nodes’ balancer to least-outstanding, or remove four-4’s fault, and run again.',
      zh: '看“请求”页：延迟直方图的长尾（总体 p99 为 162 毫秒），以及延迟随时间变化图中 1 个节点的订单呈直线上升；各服务的表格（平均 88、29、10 毫秒），以及节点 one-1 在运行中 98.8% 的时间都在忙。然后把 orders-4-nodes 的负载均衡器改为 least-outstanding，或去掉 four-4 的故障，再运行一次。'
    }
  }
]

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id)
}
